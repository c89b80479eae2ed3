// In-process latency of the directory search: the service call a request makes, without HTTP.
// Usage: filet_search_latency DB_URL "QUERY" TERRITORY_ID [RUNS]
// Prints p50, p99 and max in milliseconds.
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "app/application.hpp"
#include "directory/directory_service.hpp"

int main(int argc, char** argv) {
  if (argc < 4 || sodium_init() < 0) {
    std::fprintf(stderr, "usage: %s DB_URL QUERY TERRITORY_ID [RUNS]\n", argv[0]);
    return 2;
  }
  int runs = argc > 4 ? std::stoi(argv[4]) : 2000;
  auto pool = filet::app::open_database(argv[1], 1);
  if (!pool) {
    std::fprintf(stderr, "cannot open %s: %s\n", argv[1], pool.error().detail.c_str());
    return 1;
  }
  filet::directory::DirectoryService directory(**pool);
  filet::directory::SearchRequest request{.q = argv[2], .territory_id = argv[3]};
  std::vector<double> ms;
  int64_t total = 0;
  for (int i = 0; i < runs + 50; ++i) {
    auto start = std::chrono::steady_clock::now();
    auto result = directory.search(request);
    double elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!result) {
      std::fprintf(stderr, "search failed: %s\n", result.error().detail.c_str());
      return 1;
    }
    total = result->hits.total;
    if (i >= 50) ms.push_back(elapsed);  // the first runs warm the page cache
  }
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[static_cast<size_t>(q * (ms.size() - 1))]; };
  std::printf("matches=%lld runs=%d p50_ms=%.3f p99_ms=%.3f max_ms=%.3f\n", static_cast<long long>(total), runs,
              at(0.50), at(0.99), ms.back());
  return 0;
}
