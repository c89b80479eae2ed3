#pragma once
#include "api/api.hpp"
#include "db/pool.hpp"
#include "directory/directory_service.hpp"

namespace filet::directory {
void add_directory_routes(api::Api& api, DirectoryService& service, db::Pool& pool);
}
