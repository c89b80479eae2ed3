#include "auth/policy.hpp"

#include <algorithm>

namespace filet::auth {

Result<void> authorize(const Principal* principal, Permission permission, std::string_view organization_id) {
  if (permission == Permission::anyone) return {};
  if (!principal) return fail(ErrorCode::unauthenticated);
  if (principal->must_enrol() && permission != Permission::signed_in)
    return fail(ErrorCode::two_factor_enrolment_required);
  bool allowed = false;
  switch (permission) {
    case Permission::anyone:
    case Permission::signed_in:
    case Permission::read_reference:
      allowed = true;
      break;
    case Permission::manage_reference:
    case Permission::manage_users:
    case Permission::read_audit:
    case Permission::manage_directory_data:
      allowed = principal->is_admin;
      break;
    case Permission::edit_directory:
      allowed = principal->is_admin || principal->has_role(Role::manager) || principal->has_role(Role::coordinator);
      break;
    case Permission::update_organization:
      allowed =
          principal->is_admin || (!organization_id.empty() && principal->has_role_in(organization_id, Role::manager));
      break;
  }
  if (!allowed) return fail(ErrorCode::forbidden);
  return {};
}

std::optional<TwoFactorRule> two_factor_rule_from_name(std::string_view name) {
  if (name == "admins") return TwoFactorRule::admins;
  if (name == "identified-data") return TwoFactorRule::identified_data;
  if (name == "everyone") return TwoFactorRule::everyone;
  return std::nullopt;
}

bool two_factor_required(const Principal& principal, TwoFactorRule rule) {
  switch (rule) {
    case TwoFactorRule::everyone:
      return true;
    case TwoFactorRule::identified_data:
      // The roles data_scope gives identified access to.
      if (principal.has_role(Role::manager) || principal.has_role(Role::practitioner)) return true;
      [[fallthrough]];
    case TwoFactorRule::admins:
      return principal.is_admin;
  }
  return true;
}

Access DataScope::level(std::string_view organization_id) const {
  auto it = organizations.find(std::string(organization_id));
  return it == organizations.end() ? Access::none : it->second;
}

std::pair<std::string, db::Params> DataScope::sql_filter(std::string_view column, Access minimum) const {
  db::Params params;
  std::string placeholders;
  for (const auto& [id, access] : organizations) {
    if (access < minimum) continue;
    placeholders += placeholders.empty() ? "?" : ", ?";
    params.emplace_back(id);
  }
  if (params.empty()) return {"1 = 0", {}};
  return {std::string(column) + " IN (" + placeholders + ")", std::move(params)};
}

Result<DataScope> data_scope(db::Connection& c, const Principal& principal) {
  DataScope scope;
  auto raise = [&](const std::string& id, Access a) {
    Access& current = scope.organizations[id];
    current = std::max(current, a);
  };
  for (const Membership& m : principal.memberships) {
    switch (m.role) {
      case Role::manager:
      case Role::practitioner:
        raise(m.organization_id, Access::identified);
        break;
      case Role::facilitator:
        raise(m.organization_id, Access::deidentified);
        break;
      case Role::coordinator:
      case Role::evaluator: {
        auto rows =
            TRY(c.query("SELECT DISTINCT other.organization_id FROM program_organizations mine "
                        "JOIN programs p ON p.id = mine.program_id AND p.active = 1 "
                        "JOIN program_organizations other ON other.program_id = mine.program_id "
                        "WHERE mine.organization_id = ?",
                        {m.organization_id}));
        for (const auto& r : rows) raise(r.text(0), Access::deidentified);
        raise(m.organization_id, Access::deidentified);
        break;
      }
    }
  }
  // Drop entries left at none by the map's default insertion.
  std::erase_if(scope.organizations, [](const auto& e) { return e.second == Access::none; });
  return scope;
}

}  // namespace filet::auth
