#pragma once
// The CSRF rule: a request that may change state carries the session's CSRF token in a header
// (a cross-site page can make the browser send the cookie, never this header).
#include <string_view>

namespace filet::api {

// GET, HEAD and OPTIONS only read; every other method may change state.
bool changes_state(std::string_view method);

// True when the request may go on: a reading method, or the header holds the session's token
// (compared in constant time; an empty token never matches).
bool csrf_allows(std::string_view method, std::string_view header_token, std::string_view session_token);

}  // namespace filet::api
