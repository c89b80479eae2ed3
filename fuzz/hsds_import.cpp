// `filet hsds import FILE` on any bytes, into a fresh SQLite database: a report or an error, never
// a crash; and whatever was imported exports again as valid JSON.
#include <cstddef>
#include <cstdint>

#include "directory/hsds_export.hpp"
#include "directory/hsds_files.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  filet::fuzz::initialize();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace fuzz = filet::fuzz;
  auto file = fuzz::scratch() / "services.json";
  fuzz::write_file(file, std::string_view(reinterpret_cast<const char*>(data), size));
  auto pool = fuzz::fresh_database();
  auto report = filet::directory::import_path(*pool, file.string(), {});
  if (report && report->imported + report->updated + report->organizations_imported > 0) {
    fuzz::require_json(boost::json::serialize(report->to_json()), "import report");
    auto c = pool->acquire();
    if (!c) fuzz::broken("no connection");
    for (const char* lang : {"fr", "en"}) {
      auto exported = filet::directory::export_services_json(**c, lang);
      if (!exported) fuzz::broken("export failed after an import: " + exported.error().detail);
      fuzz::require_json(*exported, "export");
    }
  }
  pool->close(std::chrono::seconds(1));
  return 0;
}
