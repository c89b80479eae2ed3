#include "api/csrf.hpp"

#include <sodium.h>

namespace filet::api {

bool changes_state(std::string_view method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

bool csrf_allows(std::string_view method, std::string_view header_token, std::string_view session_token) {
  if (!changes_state(method)) return true;
  return header_token.size() == session_token.size() && !session_token.empty() &&
         sodium_memcmp(header_token.data(), session_token.data(), session_token.size()) == 0;
}

}  // namespace filet::api
