#pragma once
// The demo partnerships' SQL: the organizations with their sector, and the practitioners and
// managers of an organization.
#include <string>
#include <vector>

#include "db/database.hpp"

namespace filet::demo::demo_partnerships_repository {

struct DemoOrganization {
  std::string id, sector, name;
};
// Every organization, in id order.
Result<std::vector<DemoOrganization>> organizations(db::Connection& c);

struct DemoMember {
  std::string user_id, role;  // practitioner | manager
};
// The organization's practitioners and managers, in user id order.
Result<std::vector<DemoMember>> choosers_of(db::Connection& c, const std::string& organization_id);

}  // namespace filet::demo::demo_partnerships_repository
