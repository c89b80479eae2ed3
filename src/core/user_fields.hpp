#pragma once
// An account's fields, its memberships included, described once: decoding, labels, OpenAPI
// schemas and web types.
#include <span>

#include "common/fields.hpp"
#include "core/user.hpp"
#include "core/user_service.hpp"

namespace filet::core {

extern const fields::Description kMembershipFields;
extern const fields::Description kUserFields;

// Decodes a user body; shared by the admin routes and `PATCH /me` (which allows fewer fields:
// `allowed`, or every writable field when empty).
Result<UserChanges> decode_user(const boost::json::object& body, fields::Mode mode,
                                std::span<const std::string_view> allowed = {});

}  // namespace filet::core
