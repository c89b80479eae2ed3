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

}  // namespace filet::auth
