#pragma once
// Compensation of groups (issue 11, item 3): records, totals per organization and per program,
// and their export. Only those who plan the groups reach them (the service asks the policy).
#include "api/api.hpp"
#include "groups/compensation_service.hpp"

namespace filet::groups {

void add_compensation_routes(api::Api& api, CompensationService& compensation);

}  // namespace filet::groups
