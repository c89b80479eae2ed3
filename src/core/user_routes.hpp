#pragma once
#include "api/api.hpp"
#include "core/user_service.hpp"

namespace filet::core {
void add_user_routes(api::Api& api, UserService& service);
}  // namespace filet::core
