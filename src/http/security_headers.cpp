#include "http/security_headers.hpp"

#include <array>

namespace filet::http {
namespace {

// Strict-Transport-Security last, so the plain-HTTP list is the same array one shorter.
constexpr std::array<HeaderLine, 8> kHeaders = {{
    {"Content-Security-Policy",
     "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     "connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; "
     "base-uri 'self'; form-action 'self'"},
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "DENY"},
    {"Referrer-Policy", "no-referrer"},
    {"Cross-Origin-Opener-Policy", "same-origin"},
    {"Cross-Origin-Resource-Policy", "same-origin"},
    {"Permissions-Policy", "camera=(), microphone=(), geolocation=(self)"},
    {"Strict-Transport-Security", "max-age=31536000"},
}};

}  // namespace

std::span<const HeaderLine> security_headers(bool secure) {
  return std::span(kHeaders).first(secure ? kHeaders.size() : kHeaders.size() - 1);
}

void add_security_headers(Response& response, bool secure) {
  for (const auto& h : security_headers(secure)) response.set_header(std::string(h.name), std::string(h.value));
}

}  // namespace filet::http
