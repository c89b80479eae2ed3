#pragma once
// The append-only audit log: who did which action to which record, when, under which request.
// Never field values: a log readable by admins must not become a second copy of family data.
// All of it is SQL: implemented in audit_log_repository.cpp.
#include <cstdint>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "db/listing.hpp"

namespace filet::audit {

struct Actor {
  std::string user_id;
  std::string email;
  std::string request_id;
};

struct Event {
  std::string action;  // create, update, delete, read, login, logout, login_failed
  std::string entity;  // organization, territory, program, user, session, ...
  std::string entity_id;
  std::string organization_id;  // the owning organization, when there is one
};

Result<void> record(db::Connection& c, const Actor& actor, const Event& event);

// One entry as the log's list shows it; "" where the column is empty.
struct Entry {
  std::string id, at, user_id, user_email, action, entity, entity_id, organization_id, request_id;
  std::string entity_name;  // the record's name today (public reference data only), "" for others
};
struct Filter {
  std::string action;  // empty = any
  std::string entity;
};
// The keys the log may be sorted by; newest first without one.
inline constexpr db::SortKey kSorts[] = {
    {"at", "audit_log.at"}, {"action", "audit_log.action"}, {"entity", "audit_log.entity"}};
Result<db::Page<Entry>> list(db::Connection& c, const db::ListQuery& query, const Filter& filter);

// Up to `limit` entries older than `before_id` (newest first), filtered: an export pages down
// by id, so entries written meanwhile never shift what it reads.
Result<std::vector<Entry>> entries_before(db::Connection& c, const Filter& filter, int64_t before_id, int64_t limit);

}  // namespace filet::audit
