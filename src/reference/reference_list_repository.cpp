#include "reference/reference_list_repository.hpp"

namespace filet::reference::reference_list_repository {
namespace {

constexpr std::string_view kSelectList =
    "SELECT l.list_key, l.name_fr, l.name_en, l.description_fr, l.description_en, l.position, "
    "(SELECT COUNT(*) FROM reference_entries e WHERE e.list_key = l.list_key AND e.retired_at IS NULL), "
    "(SELECT COUNT(*) FROM reference_entries e WHERE e.list_key = l.list_key AND e.retired_at IS NOT NULL) "
    "FROM reference_lists l";

constexpr std::string_view kSelectEntry =
    "SELECT id, list_key, code, label_fr, label_en, description_fr, description_en, position, built_in, "
    "retired_at, retired_by, created_at, created_by, updated_at FROM reference_entries";

ReferenceList list_from_row(const db::Row& r) {
  return {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.integer(5), r.integer(6), r.integer(7)};
}

ReferenceEntry entry_from_row(const db::Row& r) {
  return {r.text(0),    r.text(1),    r.text(2), r.text(3),  r.text(4),  r.text(5),  r.text(6),
          r.integer(7), r.boolean(8), r.text(9), r.text(10), r.text(11), r.text(12), r.text(13)};
}

}  // namespace

Result<std::vector<ReferenceList>> lists(db::Connection& c) {
  std::vector<ReferenceList> out;
  TRY_VOID(c.each(std::string(kSelectList) + " ORDER BY l.position, l.list_key", {}, [&](db::Row& r) {
    out.push_back(list_from_row(r));
    return true;
  }));
  return out;
}

Result<ReferenceList> find_list(db::Connection& c, const std::string& key) {
  auto row = TRY(db::query_one(c, std::string(kSelectList) + " WHERE l.list_key = ?", {key}));
  return list_from_row(row);
}

Result<void> save_list(db::Connection& c, const ReferenceList& l) {
  auto changed = TRY(c.execute(
      "UPDATE reference_lists SET name_fr = ?, name_en = ?, description_fr = ?, description_en = ?, position = ? "
      "WHERE list_key = ?",
      {l.name_fr, l.name_en, l.description_fr, l.description_en, l.position, l.key}));
  if (changed > 0) return {};
  TRY_VOID(
      c.execute("INSERT INTO reference_lists (list_key, name_fr, name_en, description_fr, description_en, position) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                {l.key, l.name_fr, l.name_en, l.description_fr, l.description_en, l.position}));
  return {};
}

Result<std::vector<ReferenceEntry>> entries(db::Connection& c, const std::string& key, bool include_retired) {
  std::vector<ReferenceEntry> out;
  std::string sql = std::string(kSelectEntry) + " WHERE list_key = ?" +
                    (include_retired ? "" : " AND retired_at IS NULL") + " ORDER BY position, code";
  TRY_VOID(c.each(sql, {key}, [&](db::Row& r) {
    out.push_back(entry_from_row(r));
    return true;
  }));
  return out;
}

Result<ReferenceEntry> find_entry(db::Connection& c, const std::string& key, const std::string& code) {
  auto row = TRY(db::query_one(c, std::string(kSelectEntry) + " WHERE list_key = ? AND code = ?", {key, code}));
  return entry_from_row(row);
}

Result<std::set<std::string>> codes(db::Connection& c, const std::string& key) {
  std::set<std::string> out;
  TRY_VOID(c.each("SELECT code FROM reference_entries WHERE list_key = ?", {key}, [&](db::Row& r) {
    out.insert(r.text(0));
    return true;
  }));
  return out;
}

Result<int64_t> next_position(db::Connection& c, const std::string& key) {
  auto row =
      TRY(db::query_one(c, "SELECT COALESCE(MAX(position), 0) + 1 FROM reference_entries WHERE list_key = ?", {key}));
  return row.integer(0);
}

Result<void> insert_entry(db::Connection& c, const ReferenceEntry& e) {
  TRY_VOID(c.execute(
      "INSERT INTO reference_entries (id, list_key, code, label_fr, label_en, description_fr, description_en, "
      "position, built_in, retired_at, retired_by, created_at, created_by, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {e.id, e.list_key, e.code, e.label_fr, e.label_en, e.description_fr, e.description_en, e.position,
       int64_t{e.built_in}, db::null_if_empty(e.retired_at), db::null_if_empty(e.retired_by), e.created_at,
       db::null_if_empty(e.created_by), e.updated_at}));
  return {};
}

Result<void> update_entry(db::Connection& c, const ReferenceEntry& e) {
  // The code and list never change: they are what other records store.
  TRY_VOID(
      c.execute("UPDATE reference_entries SET label_fr = ?, label_en = ?, description_fr = ?, description_en = ?, "
                "position = ?, retired_at = ?, retired_by = ?, updated_at = ? WHERE id = ?",
                {e.label_fr, e.label_en, e.description_fr, e.description_en, e.position,
                 db::null_if_empty(e.retired_at), db::null_if_empty(e.retired_by), e.updated_at, e.id}));
  return {};
}

}  // namespace filet::reference::reference_list_repository
