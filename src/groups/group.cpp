#include "groups/group.hpp"

#include "groups/compensation.hpp"

namespace filet::groups {
namespace {
template <class T>
void set(T& field, const std::optional<T>& value) {
  if (value) field = *value;
}
}  // namespace

void apply(GroupProgram& p, const GroupProgramChanges& c) {
  set(p.organization_id, c.organization_id);
  set(p.name, c.name);
  set(p.description, c.description);
  set(p.checklist, c.checklist);
  if (c.themes) {
    p.sessions.resize(c.themes->size());
    for (size_t i = 0; i < c.themes->size(); ++i) {
      p.sessions[i].number = static_cast<int64_t>(i) + 1;
      p.sessions[i].theme = (*c.themes)[i];
    }
  }
}

void apply(ProgramSession& s, const ProgramSessionChanges& c) {
  set(s.theme, c.theme);
  set(s.description, c.description);
  set(s.objectives, c.objectives);
  set(s.checklist, c.checklist);
  if (c.duration_minutes) s.duration_minutes = *c.duration_minutes;
}

std::vector<std::string> themes_of(const GroupProgram& p) {
  std::vector<std::string> out;
  for (const auto& s : p.sessions) out.push_back(s.theme);
  return out;
}

std::vector<std::string> checklist_for(const GroupProgram& p, int64_t number) {
  if (number >= 1 && number <= static_cast<int64_t>(p.sessions.size()) &&
      !p.sessions[static_cast<size_t>(number - 1)].checklist.empty())
    return p.sessions[static_cast<size_t>(number - 1)].checklist;
  return p.checklist;
}

void apply(Group& g, const GroupChanges& c) {
  set(g.organization_id, c.organization_id);
  set(g.program_id, c.program_id);
  set(g.name, c.name);
  set(g.kind, c.kind);
  set(g.cohort, c.cohort);
  set(g.territory_id, c.territory_id);
  set(g.starts_on, c.starts_on);
  set(g.ends_on, c.ends_on);
  set(g.facilitator_ids, c.facilitator_ids);
  set(g.host_organization_ids, c.host_organization_ids);
}

void apply(Participant& p, const ParticipantChanges& c) {
  set(p.group_id, c.group_id);
  set(p.kind, c.kind);
  set(p.label, c.label);
  set(p.organization_id, c.organization_id);
  set(p.status, c.status);
  set(p.shares_contact, c.shares_contact);
  set(p.email, c.email);
  set(p.phone, c.phone);
}

void apply(Session& s, const SessionChanges& c) {
  set(s.group_id, c.group_id);
  set(s.held_on, c.held_on);
  set(s.place, c.place);
  set(s.theme, c.theme);
  set(s.host_organization_id, c.host_organization_id);
  if (c.number && *c.number) s.number = **c.number;
}

void apply(Compensation& c, const CompensationChanges& changes) {
  set(c.group_id, changes.group_id);
  set(c.session_id, changes.session_id);
  set(c.participant_id, changes.participant_id);
  set(c.payee_organization_id, changes.payee_organization_id);
  set(c.kind, changes.kind);
  set(c.amount_cents, changes.amount_cents);
  set(c.paid_on, changes.paid_on);
  set(c.note, changes.note);
}

}  // namespace filet::groups
