#include "families/export_repository.hpp"

namespace filet::families::export_repository {

Result<std::vector<KeptVersion>> history_of(db::ScopedConnection& c, const std::string& family_id) {
  db::Where where;
  where.add("family_id = ?", {family_id});
  c.readable(where, "organization_id", db::Access::identified);
  std::vector<KeptVersion> out;
  TRY_VOID(c.each("SELECT entity, record_id, version, previous, changed_at FROM family_history" + where.sql() +
                      " ORDER BY changed_at, id",
                  where.params(), [&](const db::Row& r) {
                    out.push_back({r.text(0), r.text(1), r.integer(2), r.text(3), r.text(4)});
                    return true;
                  }));
  return out;
}

Result<std::vector<AuditLine>> audit_about(db::Connection& c, const std::vector<std::string>& ids) {
  std::vector<AuditLine> out;
  if (ids.empty()) return out;
  db::Params params(ids.begin(), ids.end());
  TRY_VOID(c.each("SELECT at, user_email, action, entity, entity_id FROM audit_log WHERE entity_id IN (" +
                      db::placeholders(ids.size()) + ") ORDER BY id",
                  params, [&](const db::Row& r) {
                    out.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4)});
                    return true;
                  }));
  return out;
}

}  // namespace filet::families::export_repository
