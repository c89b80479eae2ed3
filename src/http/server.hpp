#pragma once
// The HTTP/1.1 server: accepts connections, enforces size and time limits, hands each request
// to one handler, and shuts down gracefully on SIGTERM/SIGINT. The only user of Beast.
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "common/error.hpp"
#include "http/message.hpp"
#include "http/metrics.hpp"

namespace filet::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  uint16_t port = 8080;
  unsigned threads = 2;
  size_t body_limit = 1024 * 1024;
  size_t header_limit = 16 * 1024;
  // Requests whose target starts with this prefix may carry up to large_body_limit bytes.
  std::string large_body_prefix = "/api/v1/directory/import";
  size_t large_body_limit = 64 * 1024 * 1024;
  bool trust_proxy = false;  // read X-Forwarded-Proto / X-Forwarded-For from a trusted proxy
  std::chrono::seconds read_timeout{30};
  std::chrono::seconds drain_timeout{5};
};

using Handler = std::function<Response(Request&)>;

// Parses "HOST:PORT" (or ":PORT", "PORT").
Result<std::pair<std::string, uint16_t>> parse_listen(std::string_view listen);

// Serves until SIGTERM or SIGINT, then stops accepting, lets requests in flight finish (up to
// drain_timeout) and returns. `on_listening` runs once the socket is bound.
Result<void> serve(const ServerOptions& options, Handler handler, Metrics& metrics,
                   const std::function<void(uint16_t port)>& on_listening);

}  // namespace filet::http
