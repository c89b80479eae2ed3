#include "directory/hsds_files.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <filesystem>
#include <map>

#include "directory/hsds_csv.hpp"
#include "directory/json_array_reader.hpp"

namespace filet::directory {
namespace json = boost::json;
namespace fs = std::filesystem;
namespace {

// A read-only memory map of a whole file: the kernel pages it in as the reader moves on.
class MappedFile {
 public:
  static Result<MappedFile> open(const fs::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) return fail(ErrorCode::not_found, "cannot read " + path.string());
    struct stat info {};
    fstat(fd, &info);
    MappedFile file;
    file.size_ = static_cast<size_t>(info.st_size);
    if (file.size_ > 0) {
      void* data = mmap(nullptr, file.size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (data == MAP_FAILED) {
        ::close(fd);
        return fail(ErrorCode::unavailable, "cannot map " + path.string());
      }
      madvise(data, file.size_, MADV_SEQUENTIAL);
      file.data_ = static_cast<const char*>(data);
    }
    ::close(fd);
    return file;
  }
  MappedFile(MappedFile&& other) noexcept : data_(other.data_), size_(other.size_) { other.data_ = nullptr; }
  ~MappedFile() {
    if (data_) munmap(const_cast<char*>(data_), size_);
  }
  std::string_view text() const { return {data_ ? data_ : "", size_}; }

 private:
  MappedFile() = default;
  const char* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace

Result<ImportReport> import_path(db::Pool& pool, const std::string& path, const ImportOptions& options) {
  fs::path source(path);
  std::error_code ec;
  bool folder = fs::is_directory(source, ec);
  if (folder && fs::exists(source / "services.csv") && !fs::exists(source / "services.json")) {
    // The CSV package: assembled into HSDS services, then the JSON import; the rows that could not
    // be placed come first in the report, and each rejected service names its services.csv line.
    // With --strict, a misplaced row alone means nothing is imported.
    auto package = TRY(read_csv_package(path));
    ImportReport report;
    if (!options.strict || package.rejected.empty()) {
      size_t next = 0;
      report = TRY(import_hsds(
          pool,
          [&](json::value& out) -> Result<bool> {
            if (next == package.services.size()) return false;
            out = std::move(package.services[next++]);
            return true;
          },
          options, "filet hsds import", ""));
    }
    for (auto& r : report.rejected)
      if (r.index < package.service_sources.size()) r.source = package.service_sources[r.index];
    report.rejected.insert(report.rejected.begin(), package.rejected.begin(), package.rejected.end());
    return report;
  }
  // Organizations named only by id in services.json come from organizations.json.
  std::map<std::string, json::object> organizations;
  if (folder && fs::exists(source / "organizations.json")) {
    auto file = TRY(MappedFile::open(source / "organizations.json"));
    JsonArrayReader reader(file.text());
    json::value o;
    while (TRY(reader.next(o)))
      if (auto* object = o.if_object(); object && object->contains("id") && object->at("id").is_string())
        organizations[std::string(object->at("id").as_string())] = std::move(*object);
  }
  auto file = TRY(MappedFile::open(folder ? source / "services.json" : source));
  JsonArrayReader reader(file.text());
  ImportOptions effective = options;
  effective.bulk = file.text().size() > (16u << 20);  // thousands of services: rebuild indexes once
  return import_hsds(
      pool,
      [&](json::value& out) -> Result<bool> {
        if (!TRY(reader.next(out))) return false;
        if (auto* object = out.if_object(); object && !object->contains("organization")) {
          auto* id = object->if_contains("organization_id");
          if (id && id->is_string())
            if (auto it = organizations.find(std::string(id->as_string())); it != organizations.end())
              (*object)["organization"] = it->second;
        }
        return true;
      },
      effective, "filet hsds import", "");
}

}  // namespace filet::directory
