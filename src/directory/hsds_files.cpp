#include "directory/hsds_files.hpp"

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "common/text.hpp"

namespace filet::directory {
namespace json = boost::json;
namespace fs = std::filesystem;
namespace {

Result<json::value> read_json(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(ErrorCode::not_found, "cannot read " + file.string());
  std::ostringstream content;
  content << in.rdbuf();
  std::string text = content.str();
  if (!text::is_valid_utf8(text)) return fail(ErrorCode::invalid_utf8, file.string() + " is not valid UTF-8");
  boost::system::error_code ec;
  json::value value = json::parse(text, ec);
  if (ec) return fail(ErrorCode::malformed_json, file.string() + ": " + ec.message());
  return value;
}

}  // namespace

Result<ImportReport> import_path(db::Pool& pool, const std::string& path, const ImportOptions& options) {
  fs::path source(path);
  std::error_code ec;
  if (!fs::is_directory(source, ec)) {
    auto input = TRY(read_json(source));
    return import_hsds(pool, input, options, "filet hsds import", "");
  }
  if (fs::exists(source / "services.csv") && !fs::exists(source / "services.json"))
    return fail(ErrorCode::bad_request, "the CSV tabular package is not supported yet: use HSDS JSON (services.json)");
  auto services = TRY(read_json(source / "services.json"));
  if (fs::exists(source / "organizations.json")) {
    auto organizations = TRY(read_json(source / "organizations.json"));
    std::map<std::string, json::object> by_id;
    if (auto* list = organizations.if_array())
      for (auto& o : *list)
        if (auto* object = o.if_object(); object && object->contains("id") && object->at("id").is_string())
          by_id[std::string(object->at("id").as_string())] = *object;
    if (auto* list = services.if_array())
      for (auto& s : *list)
        if (auto* object = s.if_object(); object && !object->contains("organization")) {
          auto* id = object->if_contains("organization_id");
          if (id && id->is_string() && by_id.contains(std::string(id->as_string())))
            (*object)["organization"] = by_id[std::string(id->as_string())];
        }
  }
  return import_hsds(pool, services, options, "filet hsds import", "");
}

}  // namespace filet::directory
