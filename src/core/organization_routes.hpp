#pragma once
#include "api/api.hpp"
#include "core/organization_service.hpp"

namespace filet::core {
void add_organization_routes(api::Api& api, OrganizationService& service);
}
