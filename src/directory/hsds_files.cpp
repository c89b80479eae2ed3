#include "directory/hsds_files.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
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

// Every *.json of `folder`, in name order: organizations first (services may name them by id
// only), then services. A rejected record names its file.
Result<ImportReport> import_record_files(db::Pool& pool, const fs::path& folder, const ImportOptions& options) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  if (files.empty())
    return fail(
        Error::field(ErrorCode::validation_failed, "path", FieldCode::required, "services.json, services.csv, *.json"));
  std::vector<std::pair<json::value, std::string>> organizations, services;
  for (const auto& path : files) {
    auto file = TRY(MappedFile::open(path));
    JsonArrayReader reader(file.text());
    json::value record;
    while (TRY(reader.next(record))) {
      const auto* object = record.if_object();
      bool organization = object && is_organization_record(*object);
      (organization ? organizations : services).emplace_back(std::move(record), path.filename().string());
    }
  }
  std::vector<std::pair<json::value, std::string>> records = std::move(organizations);
  for (auto& s : services) records.push_back(std::move(s));
  size_t next = 0;
  auto report = TRY(import_hsds(
      pool,
      [&](json::value& out) -> Result<bool> {
        if (next == records.size()) return false;
        out = std::move(records[next++].first);
        return true;
      },
      options, "filet hsds import", ""));
  for (auto& r : report.rejected)
    if (r.index < records.size()) r.source = records[r.index].second;
  return report;
}

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
  // A folder of one-record files (many HSDS API dumps): each *.json holds a service or an
  // organization (or an array of them), told apart by their schema.
  if (folder && !fs::exists(source / "services.json")) return import_record_files(pool, source, options);
  // Organizations named only by id in services.json come from organizations.json; every one of
  // them is imported too, with or without services (HSDS allows organizations without services).
  std::vector<json::object> organizations;
  std::map<std::string, size_t> organization_at;
  if (folder && fs::exists(source / "organizations.json")) {
    auto file = TRY(MappedFile::open(source / "organizations.json"));
    JsonArrayReader reader(file.text());
    json::value o;
    while (TRY(reader.next(o)))
      if (auto* object = o.if_object()) {
        if (const auto* id = object->if_contains("id"); id && id->is_string())
          organization_at[std::string(id->as_string())] = organizations.size();
        organizations.push_back(std::move(*object));
      }
  }
  auto file = TRY(MappedFile::open(folder ? source / "services.json" : source));
  JsonArrayReader reader(file.text());
  ImportOptions effective = options;
  effective.bulk = file.text().size() > (16u << 20);  // thousands of services: rebuild indexes once
  size_t services = 0, next_organization = 0;
  auto report = TRY(import_hsds(
      pool,
      [&](json::value& out) -> Result<bool> {
        if (TRY(reader.next(out))) {
          ++services;
          // organizations.json is the fuller record (phones, e-mail, website): it wins over an
          // organization embedded in the service.
          if (auto* object = out.if_object()) {
            auto* id = object->if_contains("organization_id");
            auto* embedded = object->if_contains("organization");
            if ((!id || !id->is_string()) && embedded && embedded->is_object())
              id = embedded->as_object().if_contains("id");
            if (id && id->is_string())
              if (auto it = organization_at.find(std::string(id->as_string())); it != organization_at.end())
                (*object)["organization"] = organizations[it->second];
          }
          return true;
        }
        if (next_organization == organizations.size()) return false;
        out = std::move(organizations[next_organization++]);
        return true;
      },
      effective, "filet hsds import", ""));
  for (auto& r : report.rejected)
    if (r.index >= services) r.source = "organizations.json #" + std::to_string(r.index - services + 1);
  return report;
}

}  // namespace filet::directory
