#pragma once
// The policy's rule for service gaps (issue 12, item 3), implemented in policy.cpp with the
// others; declared apart so that the many users of policy.hpp do not depend on it.
#include <string_view>

#include "auth/principal.hpp"
#include "common/error.hpp"

namespace filet::auth {

// A service gap of `organization_id` is recorded, changed and deleted by the practitioners and
// managers of that organization (else forbidden). Reading the register is the scope's affair.
Result<void> may_keep_service_gaps(const Principal& principal, std::string_view organization_id);

}  // namespace filet::auth
