#pragma once
// GET /api/v1/network/map: the map of the partnership network (issue 12, item 5).
#include "api/api.hpp"
#include "network/network_service.hpp"

namespace filet::network {

void add_network_routes(api::Api& api, NetworkService& service);

}  // namespace filet::network
