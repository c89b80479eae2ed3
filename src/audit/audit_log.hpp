#pragma once
// The append-only audit log: who did which action to which record, when, under which request.
// Never field values: a log readable by admins must not become a second copy of family data.
// All of it is SQL: implemented in audit_log_repository.cpp.
#include <cstdint>
#include <string>
#include <vector>

#include "db/database.hpp"

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

struct Page {
  int64_t page;
  int64_t per_page;
  std::string action;  // filters; empty = any
  std::string entity;
};
// Newest first; writes the JSON list envelope {items, page, per_page, total}.
Result<std::string> list_json(db::Connection& c, const Page& page);

// One entry as the export writes it; empty strings for what the entry does not have.
struct Entry {
  int64_t id = 0;
  std::string at, user_id, user_email, action, entity, entity_id, organization_id, request_id, entity_name;
};
// Up to `limit` entries older than `before_id` (newest first), with the filters of `page`: an
// export pages down by id, so entries written meanwhile never shift what it reads.
Result<std::vector<Entry>> entries_before(db::Connection& c, const Page& filters, int64_t before_id, int64_t limit);

}  // namespace filet::audit
