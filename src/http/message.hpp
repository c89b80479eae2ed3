#pragma once
// The server's view of one HTTP exchange, free of Beast so that handlers never include it.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace filet::http {

using Headers = std::vector<std::pair<std::string, std::string>>;

struct Request {
  std::string method;  // upper case: GET, POST, ...
  std::string path;    // percent-decoded path, without the query
  std::vector<std::pair<std::string, std::string>> query;  // decoded parameters, in order
  Headers headers;     // names in lower case
  std::string body;
  std::string remote_address;
  bool secure = false;  // came over TLS (directly or per a trusted proxy header)
  std::string request_id;

  std::optional<std::string_view> header(std::string_view lower_name) const;
  std::optional<std::string_view> query_param(std::string_view name) const;
  // The value of one cookie, if present.
  std::optional<std::string> cookie(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  Headers headers;
  std::string route = "unmatched";  // route template, the label of the metrics

  void set_header(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }
};

}  // namespace filet::http
