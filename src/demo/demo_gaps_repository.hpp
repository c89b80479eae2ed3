#pragma once
// The demo gaps' SQL: need ids by taxonomy code, and the families of an organization.
#include <map>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace filet::demo::demo_gaps_repository {

// Taxonomy code → id, for the codes that exist.
Result<std::map<std::string, std::string>> needs_by_code(db::Connection& c);
// The ids of the organization's families, in id order.
Result<std::vector<std::string>> families_of(db::Connection& c, const std::string& organization_id);

}  // namespace filet::demo::demo_gaps_repository
