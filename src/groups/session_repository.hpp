#pragma once
// The SQL of what is recorded about a session (reached beforehand through group_repository):
// who came, and the facilitators' logbook.
#include <string>
#include <vector>

#include "db/scope.hpp"
#include "groups/group.hpp"

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

}  // namespace filet::groups::session_repository
