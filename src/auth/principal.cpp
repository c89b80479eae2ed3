#include "auth/principal.hpp"

namespace filet::auth {

std::string_view role_name(Role role) {
  return kRoleNames[static_cast<size_t>(role)];
}

std::optional<Role> role_from_name(std::string_view name) {
  for (size_t i = 0; i < std::size(kRoleNames); ++i)
    if (kRoleNames[i] == name) return static_cast<Role>(i);
  return std::nullopt;
}

bool Principal::has_role_in(std::string_view organization_id, Role role) const {
  for (const auto& m : memberships)
    if (m.organization_id == organization_id && m.role == role) return true;
  return false;
}

bool Principal::has_role(Role role) const {
  for (const auto& m : memberships)
    if (m.role == role) return true;
  return false;
}

}  // namespace filet::auth
