#include "http/security_headers.hpp"

namespace filet::http {

void add_security_headers(Response& response, bool secure) {
  response.set_header("Content-Security-Policy",
                      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                      "connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                      "base-uri 'self'; form-action 'self'");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("X-Frame-Options", "DENY");
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_header("Cross-Origin-Opener-Policy", "same-origin");
  response.set_header("Cross-Origin-Resource-Policy", "same-origin");
  response.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
  if (secure) response.set_header("Strict-Transport-Security", "max-age=31536000");
}

}  // namespace filet::http
