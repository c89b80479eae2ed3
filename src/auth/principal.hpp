#pragma once
// Who is making a request: the signed-in user, their memberships and their session.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filet::auth {

enum class Role { manager, practitioner, coordinator, evaluator, facilitator };
std::string_view role_name(Role role);
std::optional<Role> role_from_name(std::string_view name);
inline constexpr std::string_view kRoleNames[] = {"manager", "practitioner", "coordinator", "evaluator", "facilitator"};

struct Membership {
  std::string organization_id;
  std::string organization_name;
  Role role;
};

struct Principal {
  std::string user_id;
  std::string email;
  std::string name;
  std::string locale;
  bool is_admin = false;
  std::vector<Membership> memberships;
  std::string csrf_token;
  std::string session_token_hash;
  std::string created_at;
  std::string updated_at;
  bool two_factor_enabled = false;
  bool two_factor_required = false;  // by the deployment's rule (see policy.hpp)

  // Signed in with a password only, while two-factor is required: may only enrol.
  bool must_enrol() const { return two_factor_required && !two_factor_enabled; }
  bool has_role_in(std::string_view organization_id, Role role) const;
  bool has_role(Role role) const;
};

}  // namespace filet::auth
