#pragma once
// The SQL of Law 25's destruction and retention: a family's rows deleted (identity, its wrapped
// data key, blind index, entries, history), a tombstone of aggregate-safe fields left in its
// place, the organizations' retention settings and the families they make due.
#include <optional>
#include <string>
#include <vector>

#include "db/scope.hpp"

namespace filet::families::destruction_repository {

// What remains of a destroyed family: nothing that names or describes a person.
struct Tombstone {
  std::string family_id, organization_id, territory_id;
  int64_t opened_year = 0;
  std::optional<int64_t> closed_year;
  int64_t children = 0, contacts = 0, check_ins = 0;
  std::string reason;  // "request" (a manager) or "retention"
  std::string destroyed_on;
};

// The tombstone a family the scope may change would leave (reason and day left empty).
Result<Tombstone> tombstone_of(db::ScopedConnection& c, const std::string& family_id);
// Deletes every row of the family (which the scope may change) and leaves `tombstone`; on
// SQLite, secure_delete overwrites the freed bytes (db/sqlite).
Result<void> destroy(db::ScopedConnection& c, const Tombstone& tombstone);
// On SQLite, copies the write-ahead log into the database file and empties it, so freed pages
// (overwritten by secure_delete) do not linger in the log; nothing on PostgreSQL.
Result<void> flush_freed_pages(db::Connection& c);

// The retention setting of an organization, when it has one.
Result<std::optional<int64_t>> retention_years(db::Connection& c, const std::string& organization_id);
Result<void> set_retention_years(db::Connection& c, const std::string& organization_id, int64_t years,
                                 const std::string& now);
// The organizations that have a setting, with it.
Result<std::vector<std::pair<std::string, int64_t>>> retention_settings(db::Connection& c);
// Closed families the scope may change, closed on or before `closed_by`: of `organization_id`,
// or, when it is empty, of every organization without a setting.
Result<std::vector<std::string>> closed_by(db::ScopedConnection& c, const std::string& organization_id,
                                           const std::string& closed_by);
Result<int64_t> tombstone_count(db::Connection& c, const std::string& organization_id);

}  // namespace filet::families::destruction_repository
