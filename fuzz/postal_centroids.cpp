// `filet postal import FILE` (the admin's CSV of postal-area centroids) on any bytes, into a fresh
// SQLite database: a report or an error, never a crash. A load is all or nothing; every rejected
// row names a line of the file; every area kept is a well-formed area inside Canada.
#include <cstddef>
#include <cstdint>

#include "directory/postal_area_service.hpp"
#include "directory/postal_code.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  filet::fuzz::initialize();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace fuzz = filet::fuzz;
  namespace directory = filet::directory;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto pool = fuzz::fresh_database();
  directory::PostalAreaService areas(*pool);
  const auto before = areas.known_areas();
  if (!before) fuzz::broken("known_areas failed: " + before.error().detail);
  auto report = areas.load_csv({"", "fuzz", ""}, text, "areas.csv");
  if (report) {
    fuzz::require_json(boost::json::serialize(report->to_json()), "postal load report");
    size_t lines = 1;
    for (char c : text) lines += c == '\n' || c == '\r';
    for (const auto& r : report->rejected)
      if (r.line < 2 || r.line > lines) fuzz::broken("a rejected row on line " + std::to_string(r.line));
    if (report->applied != report->rejected.empty()) fuzz::broken("applied with rejected rows, or refused without");
    const int64_t added = static_cast<int64_t>(report->added);
    if (report->known_areas != *before + (report->applied ? added : 0)) fuzz::broken("the count of areas is off");
    if (report->added + report->updated != (report->applied ? report->rows : 0))
      fuzz::broken("rows neither added nor updated");
  }
  {  // Whatever happened, every known area is well formed and inside Canada.
    auto c = pool->acquire();
    if (!c) fuzz::broken("no connection");
    auto rows = (*c)->query("SELECT fsa, latitude, longitude FROM postal_centroids");
    if (!rows) fuzz::broken("cannot read the areas");
    for (const auto& r : *rows) {
      auto fsa = directory::forward_sortation_area(r.text(0));
      if (!fsa || *fsa != r.text(0)) fuzz::broken("a malformed area was stored: " + r.text(0));
      double lat = r.real(1).value_or(0), lon = r.real(2).value_or(0);
      if (!(lat >= 41 && lat <= 84 && lon >= -142 && lon <= -52)) fuzz::broken("an area outside Canada was stored");
    }
  }
  pool->close(std::chrono::seconds(1));
  return 0;
}
