#pragma once
#include "api/api.hpp"
#include "db/pool.hpp"

namespace filet::audit {
void add_audit_routes(api::Api& api, db::Pool& pool);
}
