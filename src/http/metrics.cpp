#include "http/metrics.hpp"

#include <array>
#include <cstdio>
#include <string_view>

namespace filet::http {
namespace {

// Labels come from a closed set, so that no request can add a series: methods outside HTTP's
// own are "OTHER"; routes are templates, "static", "unmatched" or "refused".
std::string_view method_label(std::string_view method) {
  static constexpr std::array<std::string_view, 8> kKnown = {"GET",   "HEAD",   "POST",    "PUT",
                                                             "PATCH", "DELETE", "OPTIONS", "-"};
  for (auto known : kKnown)
    if (method == known) return known;
  return "OTHER";
}

}  // namespace

void Metrics::observe(const std::string& method, const std::string& route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  std::tuple<std::string_view, std::string_view, int> key{method_label(method), route, status};
  auto it = requests_.find(key);
  if (it == requests_.end()) it = requests_.emplace(std::tuple<std::string, std::string, int>(key), 0).first;
  ++it->second;
  for (size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++buckets_[i];
  ++count_;
  sum_ += seconds;
}

void Metrics::render(std::string& out) const {
  std::lock_guard lock(mutex_);
  char line[512];
  out += "# HELP filet_http_requests_total HTTP requests by method, route template and status.\n";
  out += "# TYPE filet_http_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    const auto& [method, route, status] = key;
    std::snprintf(line, sizeof line, "filet_http_requests_total{method=\"%s\",route=\"%s\",status=\"%d\"} %llu\n",
                  method.c_str(), route.c_str(), status, static_cast<unsigned long long>(n));
    out += line;
  }
  out += "# HELP filet_http_request_duration_seconds Time to handle a request.\n";
  out += "# TYPE filet_http_request_duration_seconds histogram\n";
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    std::snprintf(line, sizeof line, "filet_http_request_duration_seconds_bucket{le=\"%g\"} %llu\n", kBuckets[i],
                  static_cast<unsigned long long>(buckets_[i]));
    out += line;
  }
  std::snprintf(line, sizeof line,
                "filet_http_request_duration_seconds_bucket{le=\"+Inf\"} %llu\n"
                "filet_http_request_duration_seconds_sum %.6f\n"
                "filet_http_request_duration_seconds_count %llu\n",
                static_cast<unsigned long long>(count_), sum_, static_cast<unsigned long long>(count_));
  out += line;
}

}  // namespace filet::http
