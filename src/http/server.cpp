#include "http/server.hpp"

#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <charconv>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "common/request_id.hpp"
#include "http/client_address.hpp"
#include "http/error_response.hpp"
#include "http/response_head.hpp"
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
  Admit admit;
  Handler handler;
  Metrics& metrics;
  std::atomic<bool> stopping{false};
  std::mutex mutex;
  std::set<std::shared_ptr<class Connection>> connections;
  std::map<std::string, size_t> per_address;  // open connections by peer address
  asio::io_context* io = nullptr;
  asio::thread_pool* workers = nullptr;
};

// The request line and headers; the body is added once read.
bool fill_head(const bhttp::request_parser<bhttp::string_body>::value_type& in, Request& out) {
  out.method = std::string(in.method_string());
  auto target = boost::urls::parse_origin_form(in.target());
  if (!target) return false;
  out.path = target->path();
  out.raw_path = target->encoded_path();
  for (auto param : target->params()) out.query.emplace_back(param.key, param.value);
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers.emplace_back(std::move(name), std::string(field.value()));
  }
  return true;
}

void resolve_client(const ServerOptions& options, Request& request) {
  if (!options.trust_proxy) return;
  request.secure = request.header("x-forwarded-proto") == "https";
  std::vector<std::string_view> forwarded;
  for (const auto& [name, value] : request.headers)
    if (name == "x-forwarded-for") forwarded.push_back(value);
  request.remote_address = client_address(request.remote_address, forwarded, options.proxy_hops);
}

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, Shared& shared, std::string peer)
      : stream_(std::move(socket)), shared_(shared), peer_(std::move(peer)) {}

  void start() { read(); }

  // Too many connections: a short answer, then closed.
  void refuse() {
    busy_ = true;
    Response response = error_response(Error::of(ErrorCode::unavailable, "too many connections"), "-");
    response.set_header("Retry-After", "5");
    Request request;
    request.method = "-";
    request.request_id = ids::request_id();
    shared_.metrics.observe(request.method, "refused", response.status, 0);
    write(std::move(response), request, false);
  }

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
    parser_->body_limit(std::max(shared_.options.body_limit, shared_.options.max_body_limit));
    parser_->header_limit(static_cast<uint32_t>(shared_.options.header_limit));
    busy_ = false;
    stream_.expires_after(shared_.options.read_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](beast::error_code ec, size_t) { self->on_header(ec); });
  }

  void on_header(beast::error_code ec) {
    started_ = std::chrono::steady_clock::now();
    request_ = Request{};
    request_.request_id = ids::request_id();
    request_.remote_address = peer_;
    admission_ = Admission{};
    if (ec) return on_read(ec);
    if (!fill_head(parser_->get(), request_)) return on_read(bhttp::error::bad_target);
    resolve_client(shared_.options, request_);
    admission_ = shared_.admit(request_);
    if (admission_.refusal) {
      // Refused from its head (no session for a large upload, ...): the body is never read.
      busy_ = true;
      unread_body_ = true;
      return finish(std::move(*admission_.refusal), false);
    }
    uint64_t limit = std::min(admission_.body_limit.value_or(shared_.options.body_limit),
                              std::max(shared_.options.body_limit, shared_.options.max_body_limit));
    auto length = parser_->content_length();
    if (length && *length > limit) return on_read(bhttp::error::body_limit);
    parser_->body_limit(limit);
    // A request without a body (nearly every GET) is whole already: handled now, not through a
    // second read that would only post its completion.
    if (parser_->is_done()) return on_read({});
    // A slow body times out: the time it may take grows with its declared (or allowed) size.
    uint64_t expected = length.value_or(limit);
    stream_.expires_after(
        shared_.options.read_timeout +
        std::chrono::seconds(expected / std::max<size_t>(1, shared_.options.min_body_bytes_per_second)));
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    busy_ = true;
    if (ec == bhttp::error::end_of_stream || ec == asio::error::operation_aborted || ec == beast::error::timeout ||
        ec == asio::error::connection_reset || ec == asio::error::eof) {
      return close();
    }
    if (ec) {
      // The request could not be read whole: answer why, then close the connection.
      ErrorCode code = ec == bhttp::error::body_limit     ? ErrorCode::payload_too_large
                       : ec == bhttp::error::header_limit ? ErrorCode::header_too_large
                                                          : ErrorCode::bad_request;
      if (request_.method.empty()) request_.method = "-";
      unread_body_ = true;
      return finish(error_response(Error::of(code, ec.message()), request_.request_id), false);
    }
    request_.body = std::move(parser_->get().body());
    bool keep_alive = parser_->get().keep_alive();
    if (!admission_.blocking) return finish(shared_.handler(request_), keep_alive);
    // Password hashing and imports run on the worker pool: the I/O threads keep serving others.
    asio::post(*shared_.workers, [self = shared_from_this(), keep_alive] {
      auto response = std::make_shared<Response>(self->shared_.handler(self->request_));
      asio::post(self->stream_.get_executor(),
                 [self, response, keep_alive] { self->finish(std::move(*response), keep_alive); });
    });
  }

  void finish(Response response, bool keep_alive) {
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    shared_.metrics.observe(request_.method, response.route, response.status, seconds);
    write(std::move(response), request_, keep_alive && !shared_.stopping);
  }

  // The head is written by hand into a buffer the connection keeps from one response to the
  // next (response_head.hpp); head and body leave in one gathered write.
  void write(Response response, const Request& request, bool keep_alive) {
    bool head_only = request.method == "HEAD";
    if (response.stream && !head_only) return write_stream(std::move(response), request, keep_alive);
    write_response_head(head_, response,
                        {.request_id = request.request_id,
                         .content_length = response.body.size(),
                         .keep_alive = keep_alive,
                         .secure = request.secure});
    body_ = std::move(response.body);
    if (head_only || response.status == 204 || response.status < 200) body_.clear();  // no body is due
    stream_.expires_after(shared_.options.read_timeout);
    std::array<asio::const_buffer, 2> buffers{asio::buffer(head_), asio::buffer(body_)};
    asio::async_write(stream_, buffers, [self = shared_from_this(), keep_alive](beast::error_code ec, size_t) {
      if (!ec && self->unread_body_) return self->linger();
      if (ec || !keep_alive || self->shared_.stopping) return self->close();
      self->read();
    });
  }

  // Chunked transfer: the header, then one chunk per piece the producer makes.
  void write_stream(Response response, const Request& request, bool keep_alive) {
    add_security_headers(response, request.secure);
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

  // Answered before the client finished sending its body (413, a refusal from the head): closing
  // now would make the kernel reset the connection, and the client could lose the answer before
  // reading it. So stop sending, then read and drop what still comes, for 2 s at most (nginx's
  // "lingering close"), and close.
  void linger() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(std::chrono::seconds(2));
    discarded_ = std::make_unique<std::array<char, 16384>>();
    drain();
  }
  void drain() {
    stream_.async_read_some(asio::buffer(*discarded_), [self = shared_from_this()](beast::error_code ec, size_t) {
      if (ec) return self->close();
      self->drain();
    });
  }

  void close() {
    if (closed_) return;
    closed_ = true;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.socket().close(ec);
    std::lock_guard lock(shared_.mutex);
    if (shared_.connections.erase(shared_from_this()) && --shared_.per_address[peer_] == 0)
      shared_.per_address.erase(peer_);
    if (shared_.stopping && shared_.connections.empty()) shared_.io->stop();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Shared& shared_;
  std::string peer_;
  Request request_;
  std::string head_, body_;  // of the response being written
  Admission admission_;
  std::chrono::steady_clock::time_point started_;
  bool busy_ = false;
  bool closed_ = false;
  bool unread_body_ = false;                            // answered before the request was read whole
  std::unique_ptr<std::array<char, 16384>> discarded_;  // what linger() reads and drops
};

void accept(tcp::acceptor& acceptor, Shared& shared) {
  acceptor.async_accept(asio::make_strand(*shared.io), [&acceptor, &shared](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (ec == asio::error::operation_aborted || shared.stopping) return;
    } else {
      beast::error_code peer_ec;
      auto peer = socket.remote_endpoint(peer_ec);
      std::string address = peer_ec ? "unknown" : peer.address().to_string();
      auto connection = std::make_shared<Connection>(std::move(socket), shared, address);
      bool over = false;
      {
        std::lock_guard lock(shared.mutex);
        size_t& from_peer = shared.per_address[address];
        // Behind a proxy every connection comes from the proxy: only the overall cap applies.
        over = shared.connections.size() >= shared.options.max_connections ||
               (!shared.options.trust_proxy && from_peer >= shared.options.max_connections_per_address);
        shared.connections.insert(connection);
        ++from_peer;
      }
      if (over)
        connection->refuse();
      else
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

Result<void> serve(const ServerOptions& options, Admit admit, Handler handler, Metrics& metrics,
                   const std::function<void(uint16_t port)>& on_listening) {
  asio::io_context io(static_cast<int>(options.threads));
  asio::thread_pool workers(std::max(1u, options.workers));
  Shared shared{options, std::move(admit), std::move(handler), metrics};
  shared.io = &io;
  shared.workers = &workers;
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
  workers.join();
  return {};
}

}  // namespace filet::http
