#include "http/router.hpp"

namespace filet::http {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) parts.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string_view RouteMatch::param(std::string_view name) const {
  for (const auto& [key, value] : params)
    if (key == name) return value;
  return {};
}

size_t Router::add(std::string method, std::string pattern) {
  auto segments = split_path(pattern);
  routes_.push_back({std::move(method), std::move(pattern), std::move(segments)});
  return routes_.size() - 1;
}

std::variant<RouteMatch, NoRoute, WrongMethod> Router::match(std::string_view method, std::string_view path) const {
  auto parts = split_path(path);
  WrongMethod wrong;
  for (size_t i = 0; i < routes_.size(); ++i) {
    const Route& route = routes_[i];
    if (route.segments.size() != parts.size()) continue;
    RouteMatch found{i, {}};
    bool same = true;
    for (size_t s = 0; s < parts.size() && same; ++s) {
      const std::string& seg = route.segments[s];
      if (seg.size() > 2 && seg.front() == '{' && seg.back() == '}')
        found.params.emplace_back(seg.substr(1, seg.size() - 2), parts[s]);
      else
        same = seg == parts[s];
    }
    if (!same) continue;
    if (route.method == method || (method == "HEAD" && route.method == "GET")) return found;
    wrong.allowed.push_back(route.method);
  }
  if (!wrong.allowed.empty()) return wrong;
  return NoRoute{};
}

}  // namespace filet::http
