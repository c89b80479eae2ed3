#pragma once
// Meetings' records (a session's length, minutes, decisions) and the activity of groups per year.
#include "api/api.hpp"
#include "groups/minutes_service.hpp"

namespace filet::groups {

void add_minutes_routes(api::Api& api, MinutesService& minutes);

}  // namespace filet::groups
