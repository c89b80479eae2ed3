#include "groups/group_report.hpp"

#include <boost/json/array.hpp>
#include <map>

#include "groups/group_figures.hpp"

namespace filet::groups {
using fields::Access;
using fields::Type;
// The bound of counts a response carries.
constexpr int64_t kMany = 1'000'000'000;

namespace {

boost::json::value rate_or_null(std::optional<double> rate) {
  if (!rate) return nullptr;
  return *rate;
}

const fields::Description kSessionFigureFields{
    "GroupSessionFigures",
    {{.name = "session_id", .type = Type::id, .access = Access::read_only},
     {.name = "number", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "held_on", .type = Type::date, .access = Access::read_only},
     {.name = "theme", .type = Type::text, .access = Access::read_only},
     {.name = "attendance_taken", .type = Type::boolean, .access = Access::read_only},
     {.name = "present", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "excused", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "absent", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "children_in_care", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "interpreters", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "fidelity_rate", .type = Type::number, .nullable = true, .access = Access::read_only}}};

const fields::Description kParticipantFigureFields{
    "GroupParticipantFigures",
    {{.name = "participant_id", .type = Type::id, .access = Access::read_only},
     {.name = "label", .type = Type::text, .access = Access::read_only},
     {.name = "kind", .type = Type::choice, .choices = kParticipantKinds, .access = Access::read_only},
     {.name = "organization_id", .type = Type::id, .nullable = true, .access = Access::read_only},
     {.name = "status", .type = Type::choice, .choices = kRegistrations, .access = Access::read_only},
     {.name = "attended", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "held", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "share", .type = Type::number, .nullable = true, .access = Access::read_only}}};

}  // namespace

const fields::Description kGroupReportFields{
    "GroupReport",
    {{.name = "group_id", .type = Type::id, .access = Access::read_only},
     {.name = "sessions_held", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "registered", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "present_at_last", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "retention", .type = Type::number, .nullable = true, .access = Access::read_only},
     {.name = "fidelity_delivered", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "fidelity_expected", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "fidelity_rate", .type = Type::number, .nullable = true, .access = Access::read_only},
     {.name = "sessions", .type = Type::object_list, .access = Access::read_only, .nested = &kSessionFigureFields},
     {.name = "participants",
      .type = Type::object_list,
      .access = Access::read_only,
      .nested = &kParticipantFigureFields}}};

boost::json::object group_report(const GroupRecords& r) {
  std::map<std::string, std::map<std::string, std::string>> by_session;
  for (const auto& [session_id, p] : r.presences) by_session[session_id][p.participant_id] = p.status;
  std::vector<ParticipantFact> people;
  for (const auto& p : r.participants) people.push_back({p.id, p.status});
  std::vector<SessionFact> facts;
  boost::json::array sessions;
  Fidelity fidelity_total;  // each session held to its own checklist (the program's session's)
  for (const auto& s : r.sessions) {
    facts.push_back({s.number, s.attendance_taken, by_session[s.id], s.delivered_items});
    std::map<std::string, int64_t> counts;
    for (const auto& [participant, status] : by_session[s.id]) ++counts[status];
    auto fidelity = session_fidelity(s.delivered_items, checklist_for(r.program, s.number));
    if (s.attendance_taken) fidelity_total += fidelity;
    sessions.push_back({{"session_id", s.id},
                        {"number", s.number},
                        {"held_on", s.held_on},
                        {"theme", s.theme},
                        {"attendance_taken", s.attendance_taken},
                        {"present", counts["present"]},
                        {"excused", counts["excused"]},
                        {"absent", counts["absent"]},
                        {"children_in_care", s.children_in_care},
                        {"interpreters", s.interpreters},
                        {"fidelity_rate", s.attendance_taken ? rate_or_null(fidelity.rate()) : nullptr}});
  }
  const auto kept = retention(people, facts);
  const auto& fidelity = fidelity_total;
  const auto shares = participant_shares(people, facts);
  boost::json::array participants;
  for (size_t i = 0; i < r.participants.size(); ++i) {
    const auto& p = r.participants[i];
    boost::json::value organization = nullptr;
    if (!p.organization_id.empty()) organization = p.organization_id;
    participants.push_back({{"participant_id", p.id},
                            {"label", p.label},
                            {"kind", p.kind},
                            {"organization_id", organization},
                            {"status", p.status},
                            {"attended", shares[i].attended},
                            {"held", shares[i].held},
                            {"share", rate_or_null(shares[i].share)}});
  }
  int64_t held = 0;
  for (const auto& f : facts) held += f.held ? 1 : 0;
  return {{"group_id", r.group.id},
          {"sessions_held", held},
          {"registered", kept.registered},
          {"present_at_last", kept.present_at_last},
          {"retention", rate_or_null(kept.rate)},
          {"fidelity_delivered", fidelity.delivered},
          {"fidelity_expected", fidelity.expected},
          {"fidelity_rate", rate_or_null(fidelity.rate())},
          {"sessions", std::move(sessions)},
          {"participants", std::move(participants)}};
}

}  // namespace filet::groups
