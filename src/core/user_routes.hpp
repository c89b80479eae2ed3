#pragma once
#include <span>

#include "api/api.hpp"
#include "core/user_service.hpp"

namespace filet::core {
void add_user_routes(api::Api& api, UserService& service);
// Decodes a user body; shared by the admin routes and `PATCH /me` (which allows fewer fields).
Result<UserChanges> decode_user(const boost::json::object& body, bool creating,
                                std::span<const std::string_view> allowed);
}  // namespace filet::core
