#pragma once
// The HTTP/1.1 server: accepts connections, enforces size and time limits, hands each request
// to one handler, and shuts down gracefully on SIGTERM/SIGINT. The only user of Beast.
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "common/error.hpp"
#include "http/message.hpp"
#include "http/metrics.hpp"

namespace filet::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  uint16_t port = 8080;
  unsigned threads = 2;
  unsigned workers = 2;      // threads for blocking work (password hashing, imports)
  size_t body_limit = 1024 * 1024;  // the default; a route may allow more (see Admission)
  size_t header_limit = 16 * 1024;
  size_t max_body_limit = 64 * 1024 * 1024;  // the largest limit any route may ask for
  size_t max_connections = 1000;
  size_t max_connections_per_address = 100;  // by TCP peer; not applied behind a proxy
  bool trust_proxy = false;  // read X-Forwarded-Proto / X-Forwarded-For from a trusted proxy
  unsigned proxy_hops = 1;   // how many trusted proxies append to X-Forwarded-For
  std::chrono::seconds read_timeout{30};
  // A body must arrive at least this fast: its deadline is read_timeout + length / rate.
  size_t min_body_bytes_per_second = 32 * 1024;
  std::chrono::seconds drain_timeout{5};
};

// What the application decides from a request's head, before its body is read.
struct Admission {
  std::optional<size_t> body_limit;  // unset: the server's default
  bool blocking = false;             // handled on the worker pool, off the I/O threads
  std::optional<Response> refusal;   // answered at once; the body is never read
};
using Admit = std::function<Admission(const Request& head)>;
using Handler = std::function<Response(Request&)>;

// Parses "HOST:PORT" (or ":PORT", "PORT").
Result<std::pair<std::string, uint16_t>> parse_listen(std::string_view listen);

// Serves until SIGTERM or SIGINT, then stops accepting, lets requests in flight finish (up to
// drain_timeout) and returns. `on_listening` runs once the socket is bound.
Result<void> serve(const ServerOptions& options, Admit admit, Handler handler, Metrics& metrics,
                   const std::function<void(uint16_t port)>& on_listening);

}  // namespace filet::http
