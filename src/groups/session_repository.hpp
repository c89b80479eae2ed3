#pragma once
// The SQL of what is recorded about a session (reached beforehand through group_repository):
// who came, and the facilitators' logbook.
#include <string>
#include <vector>

#include "auth/group_policy.hpp"
#include "db/scope.hpp"
#include "groups/group.hpp"
#include "groups/participation.hpp"

namespace filet::groups::session_repository {

// Presences of a session, by participant id.
Result<std::vector<Presence>> presences_of(db::ScopedConnection& c, const std::string& session_id);
// Presences of every session of a group: session id -> presences.
Result<std::vector<std::pair<std::string, Presence>>> presences_of_group(db::ScopedConnection& c,
                                                                         const std::string& group_id);
// Replaces the session's presences.
Result<void> replace_presences(db::ScopedConnection& c, const std::string& session_id,
                               const std::vector<Presence>& presences);

// The logbook of a session; version 0 when not written yet.
Result<Logbook> logbook_of(db::ScopedConnection& c, const std::string& session_id);
// Writes it: a first write when `version` is 0, else compare-and-set on it.
Result<void> save_logbook(db::ScopedConnection& c, const Logbook& logbook, int64_t version);

// Practitioners who registered (still registered, or withdrew) in the groups `reach` holds, of a
// program and a cohort ("" = any), per territory of their group and organization.
Result<std::vector<ParticipationRow>> participation_rows(db::ScopedConnection& c, const auth::GroupReach& reach,
                                                         const std::string& program_id, const std::string& cohort);

}  // namespace filet::groups::session_repository
