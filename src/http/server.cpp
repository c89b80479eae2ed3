#include "http/server.hpp"

#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <charconv>
#include <mutex>
#include <set>
#include <thread>

#include "common/ids.hpp"
#include "http/error_response.hpp"
#include "http/security_headers.hpp"

namespace filet::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

namespace {

// Sessions register here so that shutdown can close idle keep-alive connections.
struct Shared {
  const ServerOptions& options;
  Handler handler;
  Metrics& metrics;
  std::atomic<bool> stopping{false};
  std::mutex mutex;
  std::set<std::shared_ptr<class Connection>> connections;
  asio::io_context* io = nullptr;
};

bool fill_request(const bhttp::request<bhttp::string_body>& in, Request& out) {
  out.method = std::string(in.method_string());
  auto target = boost::urls::parse_origin_form(in.target());
  if (!target) return false;
  out.path = target->path();
  for (auto param : target->params()) out.query.emplace_back(param.key, param.value);
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers.emplace_back(std::move(name), std::string(field.value()));
  }
  out.body = in.body();
  return true;
}

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, Shared& shared) : stream_(std::move(socket)), shared_(shared) {}

  void start() { read(); }

  // Called at shutdown: an idle connection is closed now, a busy one after its response.
  void stop_if_idle() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) self->close();
    });
  }

 private:
  void read() {
    parser_.emplace();
    // The header is read first under the largest limit: the route then decides how big a body
    // it accepts (an HSDS import is bigger than any form).
    parser_->body_limit(std::max(shared_.options.body_limit, shared_.options.large_body_limit));
    parser_->header_limit(static_cast<uint32_t>(shared_.options.header_limit));
    busy_ = false;
    stream_.expires_after(shared_.options.read_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](beast::error_code ec, size_t) { self->on_header(ec); });
  }

  void on_header(beast::error_code ec) {
    if (ec) return on_read(ec);
    std::string_view target = parser_->get().target();
    bool large = !shared_.options.large_body_prefix.empty() && target.starts_with(shared_.options.large_body_prefix);
    uint64_t limit = large ? shared_.options.large_body_limit : shared_.options.body_limit;
    if (auto length = parser_->content_length(); length && *length > limit) return on_read(bhttp::error::body_limit);
    parser_->body_limit(limit);
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    busy_ = true;
    if (ec == bhttp::error::end_of_stream || ec == asio::error::operation_aborted || ec == beast::error::timeout ||
        ec == asio::error::connection_reset || ec == asio::error::eof) {
      return close();
    }
    auto started = std::chrono::steady_clock::now();
    Request request;
    request.request_id = ids::random_token(12);
    beast::error_code peer_ec;
    auto peer = stream_.socket().remote_endpoint(peer_ec);
    request.remote_address = peer_ec ? "unknown" : peer.address().to_string();
    Response response;
    bool keep_alive = false;
    if (ec) {
      // The request could not be read whole: answer why, then close the connection.
      ErrorCode code = ec == bhttp::error::body_limit     ? ErrorCode::payload_too_large
                       : ec == bhttp::error::header_limit ? ErrorCode::header_too_large
                                                          : ErrorCode::bad_request;
      response = error_response(Error::of(code, ec.message()), request.request_id);
      request.method = "-";
    } else {
      const auto& message = parser_->get();
      keep_alive = message.keep_alive();
      if (!fill_request(message, request)) {
        response = error_response(Error::of(ErrorCode::bad_request, "bad target"), request.request_id);
      } else {
        if (shared_.options.trust_proxy) {
          request.secure = request.header("x-forwarded-proto") == "https";
          if (auto forwarded = request.header("x-forwarded-for"))
            request.remote_address = std::string(forwarded->substr(0, forwarded->find(',')));
        }
        response = shared_.handler(request);
      }
    }
    add_security_headers(response, request.secure);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    shared_.metrics.observe(request.method, response.route, response.status, seconds);
    write(std::move(response), request, keep_alive && !shared_.stopping);
  }

  void write(Response response, const Request& request, bool keep_alive) {
    if (response.stream && request.method != "HEAD") return write_stream(std::move(response), request, keep_alive);
    auto out = std::make_shared<bhttp::response<bhttp::string_body>>();
    out->version(11);
    out->result(static_cast<unsigned>(response.status));
    out->set(bhttp::field::content_type, response.content_type);
    out->set("X-Request-Id", request.request_id);
    for (auto& [name, value] : response.headers) out->insert(name, value);
    if (request.method != "HEAD") out->body() = std::move(response.body);
    out->keep_alive(keep_alive);
    out->prepare_payload();
    if (request.method == "HEAD") out->content_length(response.body.size());
    stream_.expires_after(shared_.options.read_timeout);
    bhttp::async_write(stream_, *out, [self = shared_from_this(), out, keep_alive](beast::error_code ec, size_t) {
      if (ec || !keep_alive || self->shared_.stopping) return self->close();
      self->read();
    });
  }

  // Chunked transfer: the header, then one chunk per piece the producer makes.
  void write_stream(Response response, const Request& request, bool keep_alive) {
    auto header = std::make_shared<bhttp::response<bhttp::empty_body>>();
    header->version(11);
    header->result(static_cast<unsigned>(response.status));
    header->set(bhttp::field::content_type, response.content_type);
    header->set("X-Request-Id", request.request_id);
    for (auto& [name, value] : response.headers) header->insert(name, value);
    header->keep_alive(keep_alive);
    header->chunked(true);
    auto serializer = std::make_shared<bhttp::response_serializer<bhttp::empty_body>>(*header);
    stream_.expires_after(shared_.options.read_timeout);
    bhttp::async_write_header(stream_, *serializer,
                              [self = shared_from_this(), header, serializer, producer = std::move(response.stream),
                               keep_alive](beast::error_code ec, size_t) mutable {
                                if (ec) return self->close();
                                self->write_chunk(std::make_shared<BodyProducer>(std::move(producer)), keep_alive);
                              });
  }

  void write_chunk(std::shared_ptr<BodyProducer> producer, bool keep_alive) {
    auto chunk = std::make_shared<std::string>();
    bool more = true;
    try {
      more = (*producer)(*chunk);
    } catch (const std::exception&) {
      return close();  // the status line is gone: cutting the stream short is all that is left
    }
    stream_.expires_after(shared_.options.read_timeout);
    auto next = [self = shared_from_this(), producer, chunk, more, keep_alive](beast::error_code ec, size_t) {
      if (ec) return self->close();
      if (more) return self->write_chunk(producer, keep_alive);
      if (!keep_alive || self->shared_.stopping) return self->close();
      self->read();
    };
    if (!more && chunk->empty()) {
      asio::async_write(stream_, bhttp::make_chunk_last(), std::move(next));
    } else if (!more) {
      // The last piece and the terminating chunk together.
      asio::async_write(
          stream_, bhttp::make_chunk(asio::buffer(*chunk)),
          [self = shared_from_this(), chunk, next = std::move(next)](beast::error_code ec, size_t n) mutable {
            if (ec) return self->close();
            asio::async_write(self->stream_, bhttp::make_chunk_last(), std::move(next));
            (void)n;
          });
    } else if (chunk->empty()) {
      next({}, 0);
    } else {
      asio::async_write(stream_, bhttp::make_chunk(asio::buffer(*chunk)), std::move(next));
    }
  }

  void close() {
    if (closed_) return;
    closed_ = true;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.socket().close(ec);
    std::lock_guard lock(shared_.mutex);
    shared_.connections.erase(shared_from_this());
    if (shared_.stopping && shared_.connections.empty()) shared_.io->stop();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Shared& shared_;
  bool busy_ = false;
  bool closed_ = false;
};

void accept(tcp::acceptor& acceptor, Shared& shared) {
  acceptor.async_accept(asio::make_strand(*shared.io), [&acceptor, &shared](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (ec == asio::error::operation_aborted || shared.stopping) return;
    } else {
      auto connection = std::make_shared<Connection>(std::move(socket), shared);
      {
        std::lock_guard lock(shared.mutex);
        shared.connections.insert(connection);
      }
      connection->start();
    }
    accept(acceptor, shared);
  });
}

}  // namespace

Result<std::pair<std::string, uint16_t>> parse_listen(std::string_view listen) {
  size_t colon = listen.rfind(':');
  std::string host = colon == std::string_view::npos ? "127.0.0.1" : std::string(listen.substr(0, colon));
  std::string_view port_text = colon == std::string_view::npos ? listen : listen.substr(colon + 1);
  if (host.empty()) host = "127.0.0.1";
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  unsigned port = 0;
  auto [ptr, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (ec != std::errc{} || ptr != port_text.data() + port_text.size() || port > 65535)
    return fail(ErrorCode::bad_request, "--listen must look like 127.0.0.1:8080, got: " + std::string(listen));
  return std::pair{host, static_cast<uint16_t>(port)};
}

Result<void> serve(const ServerOptions& options, Handler handler, Metrics& metrics,
                   const std::function<void(uint16_t port)>& on_listening) {
  asio::io_context io(static_cast<int>(options.threads));
  Shared shared{options, std::move(handler), metrics};
  shared.io = &io;
  beast::error_code ec;
  auto address = asio::ip::make_address(options.address, ec);
  if (ec) return fail(ErrorCode::bad_request, "invalid listen address " + options.address);
  tcp::acceptor acceptor(io);
  tcp::endpoint endpoint(address, options.port);
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec)
    return fail(ErrorCode::unavailable,
                "cannot listen on " + options.address + ":" + std::to_string(options.port) + ": " + ec.message());
  on_listening(acceptor.local_endpoint().port());
  accept(acceptor, shared);

  asio::signal_set signals(io, SIGINT, SIGTERM);
  asio::steady_timer deadline(io);
  signals.async_wait([&](beast::error_code, int) {
    shared.stopping = true;
    acceptor.close();
    std::vector<std::shared_ptr<Connection>> open;
    {
      std::lock_guard lock(shared.mutex);
      open.assign(shared.connections.begin(), shared.connections.end());
      if (open.empty()) return io.stop();
    }
    for (auto& c : open) c->stop_if_idle();
    deadline.expires_after(options.drain_timeout);
    deadline.async_wait([&](beast::error_code) { io.stop(); });
  });

  std::vector<std::thread> threads;
  for (unsigned i = 1; i < options.threads; ++i) threads.emplace_back([&] { io.run(); });
  io.run();
  for (auto& t : threads) t.join();
  return {};
}

}  // namespace filet::http
