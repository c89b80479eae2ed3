#pragma once
// The policy's rules for groups (issue 11), implemented in policy.cpp with the others; declared
// apart so that the many users of policy.hpp do not depend on them.
#include <string>
#include <string_view>
#include <vector>

#include "auth/principal.hpp"
#include "common/error.hpp"
#include "db/scope.hpp"

namespace filet::auth {

// Which groups a person reaches: those of `organizations` (the planning organization's: its
// managers; the programs' organizations: coordinators and evaluators) and those they facilitate
// (`user_id`), nothing else (a facilitator does not see the other groups of their organization).
// A manager also sees their organization's participants in groups planned elsewhere
// (`participant_organizations`).
struct GroupReach {
  std::vector<std::string> organizations;
  std::vector<std::string> participant_organizations;
  std::string user_id;
};
GroupReach group_reach(const Principal& principal, const db::Scope& scope);

// Programs of sessions, groups, their participants and sessions are planned by the managers of
// the planning organization and the coordinators who may change its records (else forbidden
// naming organization_id).
Result<void> may_plan_groups(const Principal& principal, const db::Scope& scope, std::string_view organization_id);
// Compensation (the accounts) is read and recorded by those who plan the groups, no one else: the
// reach of the organizations whose groups the reader plans (no facilitator path).
GroupReach compensation_reach(const Principal& principal, const db::Scope& scope);
// Attendance, the checklist items delivered and the logbook: the group's facilitators only.
Result<void> may_work_session(bool facilitates);
// A meeting's record (its length, minutes and decisions: a committee's, a training's hours) is
// kept by the group's facilitators and by those who plan it; whoever reaches the group reads it.
Result<void> may_keep_minutes(const Principal& principal, const db::Scope& scope, std::string_view organization_id,
                              bool facilitates);
// The logbook is read by the group's facilitators and by the evaluators whose scope reads the
// planning organization; not by coordinators, managers nor other practitioners.
Result<void> may_read_logbook(const Principal& principal, const db::Scope& scope, std::string_view organization_id,
                              bool facilitates);

}  // namespace filet::auth
