#include "journal/journal_repository.hpp"

namespace filet::journal::journal_repository {

void filter(db::ScopedConnection& c, db::Where& where, const EntryFilter& f, const db::ListQuery& query) {
  c.readable(where, "e.organization_id", db::Access::deidentified);
  if (!f.from.empty()) where.add("e.entry_date >= ?", {f.from});
  if (!f.to.empty()) where.add("e.entry_date <= ?", {f.to});
  if (!f.organization_id.empty()) where.add("e.organization_id = ?", {f.organization_id});
  if (!f.worker_id.empty()) {
    where.add("e.worker_id = ?", {f.worker_id});
    c.readable(where, "e.organization_id", db::Access::identified);
  }
  if (!query.q.empty()) where.add("e.search_key LIKE ? ESCAPE '\\'", {db::contains_pattern(query.q)});
}

Result<void> keep_version(db::ScopedConnection& c, std::string_view kind, const EntryBase& before,
                          const std::string& document, const std::string& replaced_by, const std::string& at) {
  TRY_VOID(c.execute(
      "INSERT INTO journal_entry_versions (entry_kind, entry_id, version, organization_id, document, replaced_at, "
      "replaced_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {std::string(kind), before.id, before.version, before.organization_id, document, at,
       db::null_if_empty(replaced_by)}));
  return {};
}

Result<int64_t> kept_versions(db::ScopedConnection& c, std::string_view kind, const std::string& entry_id) {
  db::Where where;
  where.add("v.entry_kind = ?", {std::string(kind)}).add("v.entry_id = ?", {entry_id});
  c.readable(where, "v.organization_id", db::Access::identified);
  auto rows = TRY(c.query("SELECT COUNT(*) FROM journal_entry_versions v" + where.sql(), where.params()));
  return rows.front().integer(0);
}

}  // namespace filet::journal::journal_repository
