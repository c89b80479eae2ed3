#pragma once
// The server's view of one HTTP exchange, free of Beast so that handlers never include it.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace filet::http {

using Headers = std::vector<std::pair<std::string, std::string>>;

struct Request {
  std::string method;                                      // upper case: GET, POST, ...
  std::string path;                                        // percent-decoded path, without the query
  std::string raw_path;                                    // the path as sent, still percent-encoded
  std::vector<std::pair<std::string, std::string>> query;  // decoded parameters, in order
  Headers headers;                                         // names in lower case
  std::string body;
  std::string remote_address;
  bool secure = false;  // came over TLS (directly or per a trusted proxy header)
  std::string request_id;

  std::optional<std::string_view> header(std::string_view lower_name) const;
  std::optional<std::string_view> query_param(std::string_view name) const;
  // The value of one cookie, if present.
  std::optional<std::string> cookie(std::string_view name) const;
};

// Produces a streamed body piece by piece: appends the next piece to `chunk` and returns true
// while more may follow, false after the last piece (or to abort: the connection then closes).
using BodyProducer = std::function<bool(std::string& chunk)>;

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  Headers headers;
  std::string route = "unmatched";  // route template, the label of the metrics
  // When set, the body is sent with chunked encoding as the producer makes it (large exports),
  // so the server never holds it whole; `body` is then ignored.
  BodyProducer stream;

  void set_header(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }
};

}  // namespace filet::http
