#pragma once
#include "api/api.hpp"
#include "groups/session_service.hpp"

namespace filet::groups {

void add_group_routes(api::Api& api, GroupService& groups, SessionService& sessions);

}  // namespace filet::groups
