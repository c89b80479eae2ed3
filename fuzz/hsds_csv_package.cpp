// A folder of the HSDS CSV package, any bytes in any of its files, imported as `filet hsds import
// FOLDER` does into a fresh SQLite database: every string that reaches the import is valid UTF-8,
// every reject names its file and line, and the result exports again as valid JSON.
//
// One input is several files: the first part is services.csv, and each line "--- NAME.csv" starts
// the next file (see fuzz/corpus/hsds_csv_package).
#include <cstddef>
#include <cstdint>

#include "directory/hsds_csv.hpp"
#include "directory/hsds_export.hpp"
#include "directory/hsds_files.hpp"
#include "fuzz_support.hpp"

namespace fs = std::filesystem;

namespace {
// The file name after "--- ", kept to [a-z_] and ".csv" so that it stays inside the folder, and short.
std::string file_name(std::string_view line) {
  std::string name;
  for (char c : line)
    if ((c >= 'a' && c <= 'z') || c == '_') name += c;
  if (name.size() > 3 && name.ends_with("csv")) name.insert(name.size() - 3, ".");
  return name.ends_with(".csv") && name.size() <= 64 ? name : std::string();  // a name the folder takes
}

void write_package(const fs::path& folder, std::string_view input) {
  fs::remove_all(folder);
  fs::create_directories(folder);
  std::string name = "services.csv";
  for (;;) {
    size_t mark = input.find("\n--- ");
    filet::fuzz::write_file(folder / name, input.substr(0, mark == std::string_view::npos ? input.size() : mark + 1));
    if (mark == std::string_view::npos) return;
    input.remove_prefix(mark + 5);
    size_t eol = input.find('\n');
    std::string next = file_name(input.substr(0, eol));
    input.remove_prefix(eol == std::string_view::npos ? input.size() : eol + 1);
    name = next.empty() ? "ignored.txt" : next;
  }
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  filet::fuzz::initialize();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace fuzz = filet::fuzz;
  fs::path folder = fuzz::scratch() / "package";
  write_package(folder, std::string_view(reinterpret_cast<const char*>(data), size));
  auto package = filet::directory::read_csv_package(folder.string());
  if (!package) return 0;
  for (const auto& service : package->services) fuzz::require_utf8(service, "service read from the package");
  for (const auto& r : package->rejected)
    if (r.source.find(".csv:") == std::string::npos) fuzz::broken("a rejected row without its file and line");
  if (package->services.empty()) return 0;
  auto pool = fuzz::fresh_database();
  auto report = filet::directory::import_path(*pool, folder.string(), {});
  if (report && report->imported + report->updated > 0) {
    fuzz::require_json(boost::json::serialize(report->to_json()), "import report");
    auto c = pool->acquire();
    if (!c) fuzz::broken("no connection");
    auto exported = filet::directory::export_services_json(**c, "fr");
    if (!exported) fuzz::broken("export failed after an import: " + exported.error().detail);
    fuzz::require_json(*exported, "export");
  }
  pool->close(std::chrono::seconds(1));
  return 0;
}
