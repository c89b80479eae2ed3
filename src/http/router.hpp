#pragma once
// Matches a method and path against route templates such as /api/v1/organizations/{id}.
// Pure: it knows nothing of handlers, which the api layer keeps by route index.
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace filet::http {

struct RouteMatch {
  size_t index;
  std::vector<std::pair<std::string, std::string>> params;
  std::string_view param(std::string_view name) const;
};
struct NoRoute {};
struct WrongMethod {
  std::vector<std::string> allowed;
};

class Router {
 public:
  size_t add(std::string method, std::string pattern);
  std::variant<RouteMatch, NoRoute, WrongMethod> match(std::string_view method, std::string_view path) const;
  const std::string& pattern(size_t index) const { return routes_.at(index).pattern; }
  const std::string& method(size_t index) const { return routes_.at(index).method; }
  size_t size() const { return routes_.size(); }

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
  };
  std::vector<Route> routes_;
};

std::vector<std::string> split_path(std::string_view path);

}  // namespace filet::http
