#pragma once
#include "http/message.hpp"

namespace filet::http {
// Adds the headers every response carries: CSP, nosniff, frame-ancestors, Referrer-Policy, ...
void add_security_headers(Response& response, bool secure);
}  // namespace filet::http
