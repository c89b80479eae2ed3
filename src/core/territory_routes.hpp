#pragma once
#include "api/api.hpp"
#include "core/territory_service.hpp"

namespace filet::core {
void add_territory_routes(api::Api& api, TerritoryService& service);
}
