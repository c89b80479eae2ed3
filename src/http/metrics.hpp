#pragma once
// Request counters and a latency histogram, rendered in Prometheus text format.
#include <array>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

namespace filet::http {

class Metrics {
 public:
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
  void observe(const std::string& method, const std::string& route, int status, double seconds);
  // Appends the HTTP metrics to `out` in Prometheus text format.
  void render(std::string& out) const;

 private:
  mutable std::mutex mutex_;
  // Looked up by string views (std::less<>): a request of a known series allocates nothing.
  std::map<std::tuple<std::string, std::string, int>, uint64_t, std::less<>> requests_;
  std::array<uint64_t, kBuckets.size()> buckets_{};
  uint64_t count_ = 0;
  double sum_ = 0;
};

}  // namespace filet::http
