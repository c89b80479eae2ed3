// The CSV package into HSDS JSON services: each table is read whole (imports are bounded by the
// files given), every child row is placed under its parent, and the services are assembled with
// everything embedded, as hsds_import expects them.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "common/spreadsheet_cell.hpp"
#include "common/text.hpp"
#include "directory/hsds_csv.hpp"
#include "directory/hsds_csv_io.hpp"

namespace filet::directory {
namespace json = boost::json;
namespace fs = std::filesystem;
namespace {

struct Row {
  size_t line;
  std::string id;
  json::object fields;
};

struct LoadedTable {
  std::string file;
  std::vector<Row> rows;
  std::unordered_map<std::string, size_t> by_id;
  // Per nest (index into csv::nests()), the rows placed under each parent row.
  std::map<size_t, std::unordered_map<size_t, std::vector<size_t>>> children;
};

using Tables = std::map<std::string_view, LoadedTable>;

std::string text_of(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

RejectedRecord reject(const LoadedTable& t, const Row& row, FieldError reason) {
  return {row.line, row.id, std::move(reason), t.file + ":" + std::to_string(row.line)};
}

// A cell typed as the schema says; a wrong type is the row's reject reason.
std::optional<FieldError> put_cell(json::object& fields, const std::string& name, csv::ColumnType type,
                                   const std::string& written) {
  // The JSON import checks UTF-8 on the raw file; a CSV cell must be checked here, or the bytes
  // would reach the database and every later export (JSON, CSV) would carry them.
  if (!text::is_valid_utf8(written)) return FieldError{name, FieldCode::invalid_format, "UTF-8"};
  std::string cell = spreadsheet_cell::restore(written);  // the apostrophe the export put before a formula
  if (type == csv::ColumnType::text) {
    fields[name] = cell;
    return std::nullopt;
  }
  if (cell.empty()) return std::nullopt;  // `""` in a number or boolean column: no value
  if (type == csv::ColumnType::boolean) {
    std::string value = text::lower_ascii(cell);
    if (value == "true" || value == "1" || value == "yes")
      fields[name] = true;
    else if (value == "false" || value == "0" || value == "no")
      fields[name] = false;
    else
      return FieldError{name, FieldCode::wrong_type, "boolean"};
    return std::nullopt;
  }
  boost::system::error_code ec;
  json::value number = json::parse(cell, ec);
  if (ec || !number.is_number()) return FieldError{name, FieldCode::wrong_type, "number"};
  fields[name] = std::move(number);
  return std::nullopt;
}

Result<void> load(const fs::path& folder, const csv::Table& table, Tables& tables,
                  std::vector<RejectedRecord>& rejected) {
  fs::path path = folder / table.file;
  // The official package names this one file in the singular; accept the plural too.
  if (!fs::exists(path) && table.resource == "service_at_location") path = folder / "service_at_locations.csv";
  if (!fs::exists(path)) return {};
  auto file = TRY(csv::read_file(path));
  LoadedTable& loaded = tables[table.resource];
  loaded.file = file.name;
  std::vector<csv::ColumnType> types;
  for (const auto& name : file.header) {
    auto column = std::find_if(table.columns.begin(), table.columns.end(), [&](auto& c) { return c.name == name; });
    types.push_back(column == table.columns.end() ? csv::ColumnType::text : column->type);  // extra: kept as text
  }
  for (auto& record : file.records) {
    Row row{record.line, "", {}};
    std::optional<FieldError> bad;
    for (size_t i = 0; i < record.cells.size() && !bad; ++i)
      if (record.cells[i]) bad = put_cell(row.fields, file.header[i], types[i], *record.cells[i]);
    row.id = text_of(row.fields, "id");
    if (bad) {
      rejected.push_back(reject(loaded, row, *bad));
      continue;
    }
    if (!row.id.empty()) loaded.by_id.emplace(row.id, loaded.rows.size());
    loaded.rows.push_back(std::move(row));
  }
  return {};
}

// Each row of a child table goes under the first of its parents that exists; a row whose
// parents are all missing is reported.
void place_children(Tables& tables, std::vector<RejectedRecord>& rejected) {
  auto nests = csv::nests();
  std::vector<std::string_view> children;
  for (const auto& n : nests)
    if (!n.object && std::find(children.begin(), children.end(), n.child) == children.end())
      children.push_back(n.child);
  for (auto child : children) {
    auto it = tables.find(child);
    if (it == tables.end()) continue;
    LoadedTable& t = it->second;
    for (size_t r = 0; r < t.rows.size(); ++r) {
      std::string first_named;
      bool placed = false;
      for (size_t n = 0; n < nests.size() && !placed; ++n) {
        if (nests[n].object || nests[n].child != child) continue;
        std::string parent_id = text_of(t.rows[r].fields, nests[n].link);
        if (parent_id.empty()) continue;
        if (first_named.empty()) first_named = nests[n].link;
        auto parent = tables.find(nests[n].parent);
        if (parent == tables.end()) continue;
        auto found = parent->second.by_id.find(parent_id);
        if (found == parent->second.by_id.end()) continue;
        t.children[n][found->second].push_back(r);
        placed = true;
      }
      if (placed) continue;
      auto first_link =
          std::find_if(nests.begin(), nests.end(), [&](auto& n) { return !n.object && n.child == child; });
      rejected.push_back(first_named.empty()
                             ? reject(t, t.rows[r], {std::string(first_link->link), FieldCode::required, {}})
                             : reject(t, t.rows[r], {first_named, FieldCode::not_found, {}}));
    }
  }
}

json::object build(const Tables& tables, std::string_view resource, size_t index) {
  const LoadedTable& t = tables.at(resource);
  json::object out = t.rows[index].fields;
  auto nests = csv::nests();
  for (size_t n = 0; n < nests.size(); ++n) {
    const csv::Nest& nest = nests[n];
    if (nest.parent != resource || !nest.read) continue;
    auto child = tables.find(nest.child);
    if (child == tables.end()) continue;
    if (nest.object) {
      auto found = child->second.by_id.find(text_of(out, nest.link));
      if (found != child->second.by_id.end()) out[nest.key] = build(tables, nest.child, found->second);
      continue;
    }
    auto placed = child->second.children.find(n);
    if (placed == child->second.children.end()) continue;
    auto rows = placed->second.find(index);
    if (rows == placed->second.end()) continue;
    json::array list;
    for (size_t r : rows->second) list.push_back(build(tables, nest.child, r));
    // A child placed under two keys of one parent (never in HSDS) would be overwritten: append.
    if (auto* existing = out.if_contains(nest.key); existing && existing->is_array())
      for (auto& item : list) existing->as_array().push_back(std::move(item));
    else
      out[nest.key] = std::move(list);
  }
  return out;
}

// x_filet as hsds_encode writes it: translations, free, waiting list, verification.
void attach_x_filet(Tables& tables, std::unordered_map<std::string, json::object>& x_filet,
                    std::vector<RejectedRecord>& rejected) {
  const auto& services = tables["service"].by_id;
  auto known = [&](LoadedTable& t, const Row& row) {
    if (services.contains(text_of(row.fields, "service_id"))) return true;
    rejected.push_back(reject(
        t, row,
        {"service_id", text_of(row.fields, "service_id").empty() ? FieldCode::required : FieldCode::not_found, {}}));
    return false;
  };
  if (auto it = tables.find("x_filet_service"); it != tables.end()) {
    for (const auto& row : it->second.rows) {
      if (!known(it->second, row)) continue;
      json::object& x = x_filet[text_of(row.fields, "service_id")];
      json::object waiting;
      for (auto [column, key] :
           {std::pair{"waiting_list_status", "status"}, std::pair{"waiting_list_delay_days", "delay_days"},
            std::pair{"waiting_list_as_of", "as_of"}})
        if (const auto* v = row.fields.if_contains(column)) waiting[key] = *v;
      for (const char* key : {"is_free", "verified_at", "verified_by"})
        if (const auto* v = row.fields.if_contains(key)) x[key] = *v;
      x["waiting_list"] = std::move(waiting);
    }
  }
  if (auto it = tables.find("x_filet_translation"); it != tables.end()) {
    for (const auto& row : it->second.rows) {
      if (!known(it->second, row)) continue;
      std::string lang = text_of(row.fields, "lang");
      if (lang != "fr" && lang != "en") {
        rejected.push_back(reject(it->second, row, {"lang", FieldCode::invalid_value, "fr, en"}));
        continue;
      }
      json::object text = row.fields;
      text.erase("service_id");
      text.erase("lang");
      json::object& x = x_filet[text_of(row.fields, "service_id")];
      if (!x.contains("translations")) x["translations"] = json::object{};
      x["translations"].as_object()[lang] = std::move(text);
    }
  }
}

}  // namespace

Result<CsvPackage> read_csv_package(const std::string& folder) {
  fs::path dir(folder);
  if (!fs::exists(dir / "services.csv"))
    return fail(Error::field(ErrorCode::validation_failed, "services.csv", FieldCode::required));
  CsvPackage package;
  Tables tables;
  for (const auto& table : csv::tables()) TRY_VOID(load(dir, table, tables, package.rejected));
  place_children(tables, package.rejected);
  std::unordered_map<std::string, json::object> x_filet;
  attach_x_filet(tables, x_filet, package.rejected);
  const LoadedTable& services = tables.at("service");
  for (size_t i = 0; i < services.rows.size(); ++i) {
    json::object service = build(tables, "service", i);
    if (auto x = x_filet.find(services.rows[i].id); x != x_filet.end()) service["x_filet"] = std::move(x->second);
    package.services.push_back(std::move(service));
    package.service_sources.push_back(services.file + ":" + std::to_string(services.rows[i].line));
  }
  return package;
}

}  // namespace filet::directory
