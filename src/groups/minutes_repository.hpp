#pragma once
// The SQL of meetings' records (their length, minutes, decisions) and of the activity of groups
// per year, every statement within the request's reach of groups.
#include <string>
#include <vector>

#include "auth/group_policy.hpp"
#include "db/dialect.hpp"
#include "db/scope.hpp"
#include "groups/group_activity.hpp"
#include "groups/minutes.hpp"

namespace filet::groups::minutes_repository {

// A session's record; version 0 when not written yet.
Result<SessionMinutes> minutes_of(db::ScopedConnection& c, const std::string& session_id);
// Writes it over `version` (0: the first writing; one made meanwhile is a version conflict).
Result<void> save_minutes(db::ScopedConnection& c, const SessionMinutes& m, int64_t version);

struct ActivityFilters {
  std::string from, to, program_id;  // held_on within [from, to]; "" = open
  std::string held_by;               // sessions held on or before this day (today)
  db::dialect::Period period = db::dialect::Period::fiscal_year;
};
Result<std::vector<SessionTally>> session_tallies(db::ScopedConnection& c, const auth::GroupReach& reach,
                                                  const ActivityFilters& f);
Result<std::vector<AttendanceTally>> attendance_tallies(db::ScopedConnection& c, const auth::GroupReach& reach,
                                                        const ActivityFilters& f);

}  // namespace filet::groups::minutes_repository
