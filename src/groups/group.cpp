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
  set(p.themes, c.themes);
  set(p.checklist, c.checklist);
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
