#include "audit/audit_log.hpp"

#include "common/clock.hpp"

namespace filet::audit {

Result<void> record(db::Connection& c, const Actor& actor, const Event& event) {
  TRY_VOID(c.execute(
      "INSERT INTO audit_log (at, user_id, user_email, action, entity, entity_id, organization_id, request_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {clock::now_iso(), db::null_if_empty(actor.user_id), db::null_if_empty(actor.email), event.action, event.entity,
       db::null_if_empty(event.entity_id), db::null_if_empty(event.organization_id),
       db::null_if_empty(actor.request_id)}));
  return {};
}

namespace {
// The record's name as it is today, looked up when the log is read (the log itself stores no
// values). Only for the network's public reference data: never for people (accounts, and later
// families), whose names must not spread beyond their own records.
constexpr std::string_view kEntityName =
    "CASE entity"
    " WHEN 'territory' THEN (SELECT name FROM territories t WHERE t.id = audit_log.entity_id)"
    " WHEN 'organization' THEN (SELECT name FROM organizations o WHERE o.id = audit_log.entity_id)"
    " WHEN 'program' THEN (SELECT name FROM programs p WHERE p.id = audit_log.entity_id)"
    " WHEN 'service' THEN (SELECT name_fr FROM services s WHERE s.id = audit_log.entity_id)"
    " WHEN 'public_service_pages' THEN (SELECT name FROM organizations o WHERE o.id = audit_log.entity_id)"
    " WHEN 'reference_entry' THEN (SELECT label_fr FROM reference_entries r WHERE r.id = audit_log.entity_id)"
    " END";

constexpr std::string_view kEntrySelect =
    "SELECT id, at, user_id, user_email, action, entity, entity_id, organization_id, request_id, ";

db::Where filter_where(const Filter& filter) {
  db::Where where;
  if (!filter.action.empty()) where.add("action = ?", {filter.action});
  if (!filter.entity.empty()) where.add("entity = ?", {filter.entity});
  return where;
}

Entry entry_from_row(const db::Row& r) {
  return Entry{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4),
               r.text(5), r.text(6), r.text(7), r.text(8), r.text(9)};
}
}  // namespace

Result<db::Page<Entry>> list(db::Connection& c, const db::ListQuery& query, const Filter& filter) {
  return db::select_page<Entry>(c, std::string(kEntrySelect) + std::string(kEntityName) + " FROM audit_log",
                                "audit_log", filter_where(filter),
                                query.order(kSorts, "audit_log.id DESC", "audit_log.id"), query, entry_from_row);
}

Result<std::vector<Entry>> entries_before(db::Connection& c, const Filter& filter, int64_t before_id, int64_t limit) {
  auto where = filter_where(filter);
  where.add("id < ?", {before_id});
  std::vector<Entry> entries;
  TRY_VOID(c.each(std::string(kEntrySelect) + std::string(kEntityName) + " FROM audit_log" + where.sql() +
                      " ORDER BY id DESC LIMIT ?",
                  where.with({limit}), [&](const db::Row& r) {
                    entries.push_back(entry_from_row(r));
                    return true;
                  }));
  return entries;
}

}  // namespace filet::audit
