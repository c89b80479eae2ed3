#include "core/territory_repository.hpp"

#include "common/text.hpp"
#include "db/record_version.hpp"

namespace filet::core::territory_repository {
namespace {

constexpr std::string_view kSelect =
    "SELECT t.id, t.name, t.kind, t.setting, t.parent_id, p.name, t.active, t.created_at, t.updated_at, t.version "
    "FROM territories t LEFT JOIN territories p ON p.id = t.parent_id";

Territory from_row(const db::Row& r) {
  return {r.text(0), r.text(1),    r.text(2), r.text(3), r.text(4),
          r.text(5), r.boolean(6), r.text(7), r.text(8), r.integer(9)};
}

}  // namespace

Result<Territory> find(db::Connection& c, const std::string& id) {
  auto row = TRY(db::query_one(c, std::string(kSelect) + " WHERE t.id = ?", {id}));
  return from_row(row);
}

Result<Page<Territory>> list(db::Connection& c, const ListQuery& query, const TerritoryFilter& filter) {
  db::Where where;
  query.apply(where, "t");
  if (!filter.kind.empty()) where.add("t.kind = ?", {filter.kind});
  if (!filter.parent_id.empty()) where.add("t.parent_id = ?", {filter.parent_id});
  return select_page<Territory>(c, kSelect, "territories t", where, query.order(kSorts, "t.search_key, t.id", "t.id"),
                                query, from_row);
}

Result<void> insert(db::Connection& c, const Territory& t) {
  TRY_VOID(c.execute(
      "INSERT INTO territories (id, name, search_key, kind, setting, parent_id, active, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {t.id, t.name, text::fold(t.name), t.kind, t.setting, db::null_if_empty(t.parent_id), int64_t{t.active},
       t.created_at, t.updated_at}));
  return {};
}

Result<void> update(db::Connection& c, const Territory& t) {
  return db::one_row_changed(
      TRY(c.execute("UPDATE territories SET name = ?, search_key = ?, kind = ?, setting = ?, parent_id = ?, "
                    "active = ?, updated_at = ?, " +
                        std::string(db::kNextVersion) + " WHERE id = ? AND version = ?",
                    {t.name, text::fold(t.name), t.kind, t.setting, db::null_if_empty(t.parent_id), int64_t{t.active},
                     t.updated_at, t.id, t.version})));
}

Result<std::vector<std::string>> ancestors(db::Connection& c, const std::string& id) {
  std::vector<std::string> chain;
  std::string current = id;
  // The hierarchy is at most a few levels deep; the bound guards against a loop in old data.
  for (int depth = 0; depth < 32 && !current.empty(); ++depth) {
    auto rows = TRY(c.query("SELECT parent_id FROM territories WHERE id = ?", {current}));
    if (rows.empty()) break;
    current = rows.front().text(0);
    if (!current.empty()) chain.push_back(current);
  }
  return chain;
}

}  // namespace filet::core::territory_repository
