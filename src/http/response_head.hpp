#pragma once
// The status line and headers of a response with a body, as the server sends them: written by
// hand into a buffer each connection reuses, instead of one allocation per header in Beast's
// field list. Every response carries the security headers; Content-Length is the body's size.
#include <ostream>  // the .cpp's Beast status.hpp streams without including it
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace filet::http {

struct HeadOptions {
  std::string_view request_id;
  size_t content_length = 0;
  bool keep_alive = true;
  bool secure = false;  // adds Strict-Transport-Security
};

// Replaces `out` with the head, ending with the blank line. A CR, LF or NUL in a header name or
// value is dropped, so no header can start another.
void write_response_head(std::string& out, const Response& response, const HeadOptions& options);

}  // namespace filet::http
