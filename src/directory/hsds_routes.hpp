#pragma once
// The HSDS 3.1 read API under /api/hsds/: public or behind sign-in according to a setting.
#include "api/api.hpp"
#include "core/organization_service.hpp"
#include "db/pool.hpp"

namespace filet::directory {
void add_hsds_routes(api::Api& api, db::Pool& pool, core::OrganizationService& organizations, bool is_public);
}
