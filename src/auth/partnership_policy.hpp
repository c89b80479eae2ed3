#pragma once
// The policy's rules for key partners (issue 12, item 4), implemented in policy.cpp with the
// others; declared apart so that the many users of policy.hpp do not depend on them.
#include <string>
#include <string_view>
#include <vector>

#include "auth/principal.hpp"
#include "common/error.hpp"

namespace filet::auth {

// The role in which `principal` chooses key partners for `organization_id`: "manager" for its
// managers, "practitioner" for its practitioners (else forbidden). Each person records, changes
// and deletes only their own choices.
Result<std::string> key_partner_chooser_role(const Principal& principal, std::string_view organization_id);
Result<void> may_change_key_partner(const Principal& principal, std::string_view chooser_id);
// The organizations whose every choice `principal` reads (those they manage); elsewhere, only
// their own choices.
std::vector<std::string> key_partner_whole_organizations(const Principal& principal);

// A referral agreement between `organization_id` and `other_organization_id` is recorded and
// changed by the managers of either side (else forbidden); reading it is the scope's affair.
Result<void> may_keep_referral_agreement(const Principal& principal, std::string_view organization_id,
                                         std::string_view other_organization_id);

}  // namespace filet::auth
