#pragma once
// The append-only audit log: who did which action to which record, when, under which request.
// Never field values: a log readable by admins must not become a second copy of family data.
// All of it is SQL: implemented in audit_log_repository.cpp.
#include <string>

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

}  // namespace filet::audit
