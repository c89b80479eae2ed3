#include "groups/cohort_repository.hpp"

#include <map>

#include "groups/group_repository.hpp"

namespace filet::groups::cohort_repository {

Result<std::vector<CohortGroupFacts>> cohort_facts(db::ScopedConnection& c, const auth::GroupReach& reach,
                                                   const std::string& program_id) {
  db::Where where;
  group_repository::reachable(where, reach);
  if (!program_id.empty()) where.add("g.program_id = ?", {program_id});
  std::vector<CohortGroupFacts> groups;
  std::map<std::string, size_t> index;
  for (const auto& r : TRY(c.query("SELECT g.id, g.program_id, COALESCE(p.name, ''), g.cohort, g.organization_id FROM "
                                   "work_groups g LEFT JOIN group_programs p ON p.id = g.program_id" +
                                       where.sql() + " ORDER BY g.id",
                                   where.params()))) {
    index[r.text(0)] = groups.size();
    groups.push_back(
        {r.text(0), r.text(1), r.text(2), r.text(3), c.scope().level(r.text(4)) != db::Access::identified, {}, {}});
  }
  if (groups.empty()) return groups;
  for (const auto& r : TRY(c.query("SELECT x.group_id, x.id, x.status FROM group_participants x JOIN work_groups g ON "
                                   "g.id = x.group_id" +
                                       where.sql(),
                                   where.params())))
    groups[index.at(r.text(0))].participants.push_back({r.text(1), r.text(2)});
  std::map<std::string, std::pair<size_t, size_t>> sessions;  // id -> group, position
  for (const auto& r : TRY(c.query("SELECT s.group_id, s.id, s.number, s.attendance_taken FROM group_sessions s JOIN "
                                   "work_groups g ON g.id = s.group_id" +
                                       where.sql(),
                                   where.params()))) {
    auto& g = groups[index.at(r.text(0))];
    sessions[r.text(1)] = {index.at(r.text(0)), g.sessions.size()};
    g.sessions.push_back({r.integer(2), r.boolean(3), {}, {}});
  }
  // Only presences count in retention and attendance: the other marks are left in the database.
  for (const auto& r :
       TRY(c.query("SELECT a.session_id, a.participant_id FROM group_attendance a JOIN group_sessions s "
                   "ON s.id = a.session_id JOIN work_groups g ON g.id = s.group_id" +
                       where.sql() + " AND a.status = 'present'",
                   where.params()))) {
    auto [group, position] = sessions.at(r.text(0));
    groups[group].sessions[position].presences[r.text(1)] = "present";
  }
  return groups;
}

}  // namespace filet::groups::cohort_repository
