#pragma once
#include "api/api.hpp"
#include "auth/session_service.hpp"
#include "core/user_service.hpp"

namespace filet::auth {
void add_session_routes(api::Api& api, SessionService& sessions, core::UserService& users);
}  // namespace filet::auth
