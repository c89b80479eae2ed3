#pragma once
#include <span>
#include <string_view>

#include "http/message.hpp"

namespace filet::http {

struct HeaderLine {
  std::string_view name;
  std::string_view value;
};

// The headers every response carries: CSP, nosniff, frame-ancestors, Referrer-Policy, ...;
// Strict-Transport-Security too when the request came over TLS.
std::span<const HeaderLine> security_headers(bool secure);
// Adds them to a response (streamed responses, whose head Beast writes).
void add_security_headers(Response& response, bool secure);

}  // namespace filet::http
