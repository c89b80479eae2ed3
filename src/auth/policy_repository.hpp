#pragma once
// The SQL the policy needs to make a request's scope.
#include <string>
#include <vector>

#include "db/database.hpp"

namespace filet::auth::policy_repository {

// The other member organizations of the active programs `organization_id` belongs to.
Result<std::vector<std::string>> program_partners(db::Connection& c, const std::string& organization_id);

}  // namespace filet::auth::policy_repository
