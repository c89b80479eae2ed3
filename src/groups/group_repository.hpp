#pragma once
// The SQL of programs of sessions, groups, participants and sessions. Groups are operational
// data of their planning organization: every statement carries the request's reach
// (auth::group_reach, made from its scope): the organizations it reads and the groups its person
// facilitates. Programs (templates without anyone's data) are read by everyone who works groups.
#include <string>
#include <vector>

#include "auth/group_policy.hpp"
#include "db/listing.hpp"
#include "db/scope.hpp"
#include "groups/group.hpp"

namespace filet::groups::group_repository {

inline constexpr db::SortKey kProgramSorts[] = {{"name", "p.name"}, {"updated_at", "p.updated_at"}};
inline constexpr db::SortKey kGroupSorts[] = {
    {"name", "g.name"}, {"starts_on", "COALESCE(g.starts_on, '')"}, {"updated_at", "g.updated_at"}};
inline constexpr db::SortKey kParticipantSorts[] = {{"label", "p.label"}, {"status", "p.status"}};
inline constexpr db::SortKey kSessionSorts[] = {{"number", "s.number"}, {"held_on", "s.held_on"}};

struct GroupFilters {
  std::string program_id, cohort;  // "" = any
};

// The groups `reach` holds, on work_groups aliased `g` (for the other repositories of groups).
void reachable(db::Where& where, const auth::GroupReach& reach);

Result<GroupProgram> find_program(db::ScopedConnection& c, const std::string& id);
Result<db::Page<GroupProgram>> list_programs(db::ScopedConnection& c, const db::ListQuery& query);
Result<void> insert_program(db::ScopedConnection& c, const GroupProgram& p);
Result<void> update_program(db::ScopedConnection& c, const GroupProgram& p);  // compare-and-set on version

Result<Group> find_group(db::ScopedConnection& c, const auth::GroupReach& reach, const std::string& id);
Result<db::Page<Group>> list_groups(db::ScopedConnection& c, const auth::GroupReach& reach, const GroupFilters& filters,
                                    const db::ListQuery& query);
Result<void> insert_group(db::ScopedConnection& c, const Group& g);
Result<void> update_group(db::ScopedConnection& c, const Group& g);  // compare-and-set on version
// The first of `user_ids` that is not an active account with the facilitator role ("" when all are).
Result<std::string> first_non_facilitator(db::ScopedConnection& c, const std::vector<std::string>& user_ids);
// The first of `ids` that is not an organization ("" when all are).
Result<std::string> first_unknown_organization(db::ScopedConnection& c, const std::vector<std::string>& ids);
Result<bool> territory_exists(db::ScopedConnection& c, const std::string& id);

// A participant of a reached group, or of the reader's organization (a manager's).
Result<Participant> find_participant(db::ScopedConnection& c, const auth::GroupReach& reach, const std::string& id);
Result<db::Page<Participant>> list_participants(db::ScopedConnection& c, const auth::GroupReach& reach,
                                                const std::string& group_id, const db::ListQuery& query);
// Every participant of a group (reached beforehand), by label.
Result<std::vector<Participant>> participants_of(db::ScopedConnection& c, const std::string& group_id);
Result<void> insert_participant(db::ScopedConnection& c, const Participant& p);
Result<void> update_participant(db::ScopedConnection& c, const Participant& p);

Result<Session> find_session(db::ScopedConnection& c, const auth::GroupReach& reach, const std::string& id);
Result<db::Page<Session>> list_sessions(db::ScopedConnection& c, const auth::GroupReach& reach,
                                        const std::string& group_id, const db::ListQuery& query);
// Every session of a group (reached beforehand), by number.
Result<std::vector<Session>> sessions_of(db::ScopedConnection& c, const std::string& group_id);
Result<void> insert_session(db::ScopedConnection& c, const Session& s);
// Compare-and-set on version; also writes what the facilitators record (children, interpreters,
// delivered items, attendance taken).
Result<void> update_session(db::ScopedConnection& c, const Session& s);

}  // namespace filet::groups::group_repository
