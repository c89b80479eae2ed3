// The directory as the CSV package: each service is encoded as HSDS JSON by hsds_service (so CSV
// and JSON agree), then flattened into the tables, 500 services at a time. Shared rows
// (organizations, locations, terms) are written once.
#include <filesystem>
#include <fstream>
#include <map>
#include <unordered_set>

#include "common/ids.hpp"
#include "common/spreadsheet_cell.hpp"
#include "core/organization_repository.hpp"
#include "directory/hsds_csv.hpp"
#include "directory/hsds_csv_io.hpp"
#include "directory/hsds_encode.hpp"
#include "directory/service_repository.hpp"

namespace filet::directory {
namespace json = boost::json;
namespace fs = std::filesystem;
namespace {
constexpr size_t kBatch = 500;

std::string text_of(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::optional<std::string> cell(const json::value* v) {
  if (!v || v->is_null()) return std::nullopt;
  if (v->is_string()) return spreadsheet_cell::defuse(v->as_string());  // text: never a formula
  if (v->is_bool()) return v->as_bool() ? "true" : "false";
  return json::serialize(*v);  // numbers in their shortest exact form; anything else as JSON
}

bool has_id(std::string_view resource) {
  auto columns = csv::table(resource)->columns;
  return std::any_of(columns.begin(), columns.end(), [](const csv::Column& c) { return c.name == "id"; });
}

class PackageWriter {
 public:
  static Result<PackageWriter> open(const fs::path& folder) {
    PackageWriter w;
    for (const auto& table : csv::tables()) {
      auto writer = TRY(csv::Writer::open(folder / table.file));
      writer.row(table.columns);
      w.writers_.emplace(table.resource, std::move(writer));
    }
    return w;
  }

  // Writes `o` as a row of `resource` and its nested objects and arrays as rows of theirs.
  // `link`/`parent_id`: the column naming the parent it was nested in; `seed` names it when it has
  // no id of its own (rows need one).
  void write(std::string_view resource, json::object o, std::string_view link, const std::string& parent_id,
             const std::string& seed) {
    std::string id = text_of(o, "id");
    if (id.empty() && has_id(resource)) {
      id = ids::derived_uuid(std::string(resource) + ":" + seed);
      o["id"] = id;
    }
    if (!link.empty() && text_of(o, link).empty()) o[link] = parent_id;
    if (!first_time(resource, o, id)) return;
    auto nests = csv::nests();
    for (const auto& nest : nests) {
      if (nest.parent != resource || !nest.object) continue;
      auto* child = o.if_contains(nest.key);
      if (!child || !child->is_object()) continue;
      json::object embedded = child->as_object();
      if (text_of(embedded, "id").empty() && !text_of(o, nest.link).empty()) embedded["id"] = text_of(o, nest.link);
      if (text_of(o, nest.link).empty() && !text_of(embedded, "id").empty()) o[nest.link] = text_of(embedded, "id");
      write(nest.child, std::move(embedded), "", "", id + ":" + std::string(nest.key));
    }
    const csv::Table& table = *csv::table(resource);
    std::vector<std::optional<std::string>> cells;
    for (const auto& column : table.columns) cells.push_back(cell(o.if_contains(column.name)));
    writers_.at(resource).row(cells);
    for (const auto& nest : nests) {
      if (nest.parent != resource || nest.object) continue;
      auto* list = o.if_contains(nest.key);
      if (!list || !list->is_array()) continue;
      size_t i = 0;
      for (const auto& item : list->as_array())
        if (const auto* child = item.if_object())
          write(nest.child, *child, nest.link, id, id + ":" + std::string(nest.key) + ":" + std::to_string(i++));
    }
  }

  void write_x_filet(const std::string& service_id, const json::object& x) {
    auto field = [&](const json::object& o, std::string_view key) { return cell(o.if_contains(key)); };
    static const json::object kNone;
    const auto* waiting = x.if_contains("waiting_list");
    const json::object& w = waiting && waiting->is_object() ? waiting->as_object() : kNone;
    std::vector<std::optional<std::string>> row{
        service_id,        field(x, "is_free"),     field(w, "status"),     field(w, "delay_days"),
        field(w, "as_of"), field(x, "verified_at"), field(x, "verified_by")};
    writers_.at("x_filet_service").row(row);
    const auto* translations = x.if_contains("translations");
    if (!translations || !translations->is_object()) return;
    for (const auto& [lang, value] : translations->as_object()) {
      if (!value.is_object()) continue;
      const auto& t = value.as_object();
      std::vector<std::optional<std::string>> text{service_id,
                                                   std::string(lang),
                                                   field(t, "name"),
                                                   field(t, "description"),
                                                   field(t, "eligibility_description"),
                                                   field(t, "application_process"),
                                                   field(t, "fees_description")};
      writers_.at("x_filet_translation").row(text);
    }
  }

  bool written(std::string_view resource, const std::string& id) const {
    return seen_.contains(std::string(resource) + ":" + id);
  }

  Result<void> close() {
    for (auto& [name, writer] : writers_) TRY_VOID(writer.close());
    return {};
  }

 private:
  // Rows shared between services are written once: organizations, locations, terms, ... and a
  // child that names two parents (a phone of a service and of its location) shows up under both.
  bool first_time(std::string_view resource, const json::object& o, const std::string& id) {
    static const std::unordered_set<std::string_view> kShared = {"organization",  "program",  "location",
                                                                 "taxonomy_term", "taxonomy", "unit"};
    bool shared = kShared.contains(resource);
    if (!shared) {
      std::unordered_set<std::string_view> links;
      for (const auto& nest : csv::nests())
        if (!nest.object && nest.child == resource && !text_of(o, nest.link).empty()) links.insert(nest.link);
      shared = links.size() > 1;
    }
    return !shared || seen_.insert(std::string(resource) + ":" + id).second;
  }

  std::map<std::string_view, csv::Writer> writers_;
  std::unordered_set<std::string> seen_;
};

// The descriptor of the package as written: fields, primary and foreign keys of every table.
json::object datapackage() {
  json::array resources;
  for (const auto& table : csv::tables()) {
    json::array fields;
    for (const auto& c : table.columns)
      fields.push_back({{"name", c.name},
                        {"type", c.type == csv::ColumnType::number    ? "number"
                                 : c.type == csv::ColumnType::boolean ? "boolean"
                                                                      : "string"}});
    json::array keys;
    for (const auto& nest : csv::nests()) {
      if (!nest.object && nest.child == table.resource && nest.link != "link_id" && nest.link != "resource_id")
        keys.push_back({{"fields", nest.link}, {"reference", {{"resource", nest.parent}, {"fields", "id"}}}});
      if (nest.object && nest.parent == table.resource)
        keys.push_back({{"fields", nest.link}, {"reference", {{"resource", nest.child}, {"fields", "id"}}}});
    }
    json::object schema{{"fields", std::move(fields)}, {"foreignKeys", std::move(keys)}};
    if (has_id(table.resource)) schema["primaryKey"] = "id";
    resources.push_back({{"name", table.resource},
                         {"path", table.file},
                         {"format", "csv"},
                         {"mediatype", "text/csv"},
                         {"profile", "tabular-data-resource"},
                         {"schema", std::move(schema)}});
  }
  return {{"name", "human_services_data"},
          {"title", "Human Services Data Specification 3.1 (Filet)"},
          {"description",
           "HSDS 3.1 tabular package written by Filet. x_filet_services.csv and "
           "x_filet_translations.csv hold Filet's bilingual extension (x_filet)."},
          {"profile", "tabular-data-package"},
          {"version", "3.1.0"},
          {"homepage", "https://docs.openreferral.org"},
          {"resources", std::move(resources)}};
}

}  // namespace

Result<size_t> write_csv_package(db::Connection& c, const std::string& folder, const std::string& lang) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return fail(ErrorCode::unavailable, "cannot create " + folder + ": " + ec.message());
  auto out = TRY(PackageWriter::open(folder));
  auto context = TRY(hsds_context(c, lang));
  auto ids = TRY(service_repository::all_ids(c));
  for (size_t start = 0; start < ids.size(); start += kBatch) {
    std::vector<std::string> batch(ids.begin() + start, ids.begin() + std::min(ids.size(), start + kBatch));
    for (const auto& s : TRY(service_repository::load(c, batch))) {
      json::object service = hsds_service(s, context);
      if (const auto* x = service.if_contains("x_filet"); x && x->is_object()) out.write_x_filet(s.id, x->as_object());
      service.erase("x_filet");
      out.write("service", std::move(service), "", "", s.id);
    }
  }
  // Organizations without services, and the terms and taxonomies no service uses.
  core::ListQuery all;
  all.per_page = 1'000'000;
  for (const auto& o : TRY(core::organization_repository::list(c, all, {})).items)
    if (!out.written("organization", o.id)) out.write("organization", hsds_organization(o), "", "", o.id);
  for (const auto& [id, term] : context.terms)
    if (!out.written("taxonomy_term", id)) out.write("taxonomy_term", hsds_taxonomy_term(term, context), "", "", id);
  std::vector<json::object> taxonomies;
  TRY_VOID(c.each("SELECT id, name, description, uri, version FROM taxonomies ORDER BY id", {}, [&](db::Row& r) {
    json::object t{{"id", r.text(0)}, {"name", r.text(1)}, {"description", r.text(2)}};
    if (!r.is_null(3)) t["uri"] = r.text(3);
    if (!r.is_null(4)) t["version"] = r.text(4);
    taxonomies.push_back(std::move(t));
    return true;
  }));
  for (auto& t : taxonomies)
    if (!out.written("taxonomy", text_of(t, "id"))) out.write("taxonomy", std::move(t), "", "", "");
  TRY_VOID(out.close());
  std::ofstream descriptor(fs::path(folder) / "datapackage.json", std::ios::binary | std::ios::trunc);
  descriptor << json::serialize(datapackage()) << "\n";
  if (!descriptor) return fail(ErrorCode::unavailable, "cannot write " + folder + "/datapackage.json");
  return ids.size();
}

}  // namespace filet::directory
