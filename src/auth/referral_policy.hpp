#pragma once
// The policy's rules for referrals (issue 12), implemented in policy.cpp with the others;
// declared apart so that the many users of policy.hpp do not depend on them.
#include <string_view>

#include "auth/principal.hpp"
#include "common/error.hpp"
#include "db/scope.hpp"

namespace filet::auth {

// Which side of a referral a person works on: the sending organization (its practitioners and
// managers, who read the family identified) or the receiving one (its practitioners and
// managers); coordinators, evaluators, facilitators and admins are on neither side (no referral
// data in this slice).
enum class ReferralSide { none, sender, receiver };
ReferralSide referral_side(const db::Scope& scope, std::string_view from_organization_id,
                           std::string_view to_organization_id);

// A referral of a family of `organization_id` may be made or changed by whoever reads that
// organization's families identified (else forbidden naming family_id).
Result<void> may_send_referral(const db::Scope& scope, std::string_view organization_id);

}  // namespace filet::auth
