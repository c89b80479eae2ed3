#pragma once
// The policy's rule for questionnaires (issue 10), implemented in policy.cpp with the others;
// declared apart so that the many users of policy.hpp do not depend on it.
#include <string_view>

#include "auth/principal.hpp"
#include "common/error.hpp"
#include "db/scope.hpp"

namespace filet::auth {

// Questionnaires and their campaigns: managers build their organization's; coordinators and
// evaluators those of the organizations their scope reads (their programs'). Else forbidden
// naming organization_id.
Result<void> may_build_questionnaire(const Principal& principal, const db::Scope& scope,
                                     std::string_view organization_id);

}  // namespace filet::auth
