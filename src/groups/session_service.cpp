#include "groups/session_service.hpp"

#include <algorithm>
#include <set>

#include "common/clock.hpp"
#include "core/record_version.hpp"
#include "groups/cohort_repository.hpp"
#include "groups/group_fields.hpp"
#include "groups/group_report.hpp"
#include "groups/session_repository.hpp"

namespace filet::groups {
namespace repo = group_repository;
namespace sessions = session_repository;

namespace {

bool facilitates(const Group& g, const std::string& user_id) {
  return std::ranges::find(g.facilitator_ids, user_id) != g.facilitator_ids.end();
}

Attendance attendance_of(const Session& s, std::vector<Presence> presences) {
  Attendance a;
  a.session_id = s.id;
  a.presences = std::move(presences);
  a.children_in_care = s.children_in_care;
  a.interpreters = s.interpreters;
  a.delivered_items = s.delivered_items;
  a.version = s.version;
  return a;
}

// Every participant named is one of the group's; every item delivered is on its program's
// checklist. Every broken one at once.
Result<void> check_attendance(const Attendance& a, const std::vector<Participant>& participants,
                              const std::vector<std::string>& checklist) {
  std::set<std::string> ids;
  for (const auto& p : participants) ids.insert(p.id);
  std::vector<FieldError> errors;
  for (const auto& p : a.presences)
    if (!ids.contains(p.participant_id)) errors.push_back({p.status, FieldCode::not_found, p.participant_id});
  for (const auto& item : a.delivered_items)
    if (std::ranges::find(checklist, item) == checklist.end()) {
      errors.push_back({"delivered_items", FieldCode::invalid_value, item});
      break;
    }
  if (errors.empty()) return {};
  return fail(Error{ErrorCode::validation_failed, std::move(errors), {}, {}});
}

}  // namespace

Result<Attendance> SessionService::attendance(const Requester& who, const std::string& session_id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  auto s = TRY(repo::find_session(scoped, who.reach(), session_id));
  return attendance_of(s, TRY(sessions::presences_of(scoped, session_id)));
}

Result<Attendance> SessionService::take_attendance(const Requester& who, const std::string& session_id, Attendance a) {
  const auto reach = who.reach();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto s = TRY(repo::find_session(scoped, reach, session_id));
  auto g = TRY(repo::find_group(scoped, reach, s.group_id));
  TRY_VOID(auth::may_work_session(facilitates(g, who.principal.user_id)));
  auto current = [&]() -> Result<boost::json::value> {
    return to_json(attendance_of(TRY(repo::find_session(scoped, reach, session_id)),
                                 TRY(sessions::presences_of(scoped, session_id))));
  };
  if (core::is_stale(a.version, s.version)) return fail(core::version_conflict(TRY(current())));
  std::vector<std::string> checklist;
  if (!g.program_id.empty()) checklist = checklist_for(TRY(repo::find_program(scoped, g.program_id)), s.number);
  TRY_VOID(check_attendance(a, TRY(repo::participants_of(scoped, g.id)), checklist));
  s.children_in_care = a.children_in_care;
  s.interpreters = a.interpreters;
  s.delivered_items = a.delivered_items;
  s.attendance_taken = true;
  s.updated_at = clock::now_iso();
  TRY_VOID(core::with_current(repo::update_session(scoped, s), current));
  TRY_VOID(sessions::replace_presences(scoped, session_id, a.presences));
  TRY_VOID(audit::record(*c, who.actor, {"update", "group_attendance", session_id, g.organization_id}));
  TRY_VOID(tx.commit());
  return attendance_of(TRY(repo::find_session(scoped, reach, session_id)),
                       TRY(sessions::presences_of(scoped, session_id)));
}

Result<Logbook> SessionService::logbook(const Requester& who, const std::string& session_id) {
  const auto reach = who.reach();
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  auto s = TRY(repo::find_session(scoped, reach, session_id));
  auto g = TRY(repo::find_group(scoped, reach, s.group_id));
  TRY_VOID(auth::may_read_logbook(who.principal, who.scope, g.organization_id, facilitates(g, who.principal.user_id)));
  return sessions::logbook_of(scoped, session_id);
}

Result<Logbook> SessionService::write_logbook(const Requester& who, const std::string& session_id, Logbook l,
                                              std::optional<int64_t> version) {
  const auto reach = who.reach();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto s = TRY(repo::find_session(scoped, reach, session_id));
  auto g = TRY(repo::find_group(scoped, reach, s.group_id));
  TRY_VOID(auth::may_work_session(facilitates(g, who.principal.user_id)));
  auto kept = TRY(sessions::logbook_of(scoped, session_id));
  auto current = [&]() -> Result<boost::json::value> { return to_json(TRY(sessions::logbook_of(scoped, session_id))); };
  if (version && *version != kept.version) return fail(core::version_conflict(TRY(current())));
  l.session_id = session_id;
  l.written_by = who.principal.user_id;
  l.updated_at = clock::now_iso();
  TRY_VOID(core::with_current(sessions::save_logbook(scoped, l, kept.version), current));
  TRY_VOID(audit::record(*c, who.actor, {"update", "group_logbook", session_id, g.organization_id}));
  TRY_VOID(tx.commit());
  return sessions::logbook_of(scoped, session_id);
}

Result<boost::json::object> SessionService::report(const Requester& who, const std::string& group_id) {
  const auto reach = who.reach();
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  auto g = TRY(repo::find_group(scoped, reach, group_id));
  GroupRecords records{g,
                       {},
                       TRY(repo::participants_of(scoped, group_id)),
                       TRY(repo::sessions_of(scoped, group_id)),
                       TRY(sessions::presences_of_group(scoped, group_id))};
  if (!g.program_id.empty()) records.program = TRY(repo::find_program(scoped, g.program_id));
  return group_report(records);
}

Result<ParticipationTables> SessionService::participation(const Requester& who, const std::string& program_id,
                                                          const std::string& cohort) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return participation_tables(TRY(sessions::participation_rows(scoped, who.reach(), program_id, cohort)));
}

Result<std::vector<CohortLine>> SessionService::cohorts(const Requester& who, const std::string& program_id) {
  auto c = TRY(pool_.acquire());
  auto snapshot = TRY(db::Transaction::begin_read(*c));
  auto scoped = who.scope.on(*c);
  auto facts = TRY(cohort_repository::cohort_facts(scoped, who.reach(), program_id));
  TRY_VOID(snapshot.commit());
  return cohort_lines(facts);
}

}  // namespace filet::groups
