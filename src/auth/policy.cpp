#include "auth/policy.hpp"

#include <algorithm>

#include "auth/gap_policy.hpp"
#include "auth/group_policy.hpp"
#include "auth/outbox_policy.hpp"
#include "auth/partnership_policy.hpp"
#include "auth/policy_repository.hpp"
#include "auth/questionnaire_policy.hpp"
#include "auth/referral_policy.hpp"
#include "common/clock.hpp"

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
    case Permission::manage_reference_lists:
      allowed = principal->is_admin;
      break;
    case Permission::edit_directory:
      allowed = principal->is_admin || principal->has_role(Role::manager) || principal->has_role(Role::coordinator);
      break;
    case Permission::keep_incident_register:
      allowed = principal->is_admin || principal->has_role(Role::manager);
      break;
    case Permission::read_journal:
      allowed = principal->has_role(Role::practitioner) || principal->has_role(Role::manager) ||
                principal->has_role(Role::coordinator) || principal->has_role(Role::evaluator);
      break;
    case Permission::record_journal:
      allowed = principal->has_role(Role::practitioner) || principal->has_role(Role::manager);
      break;
    case Permission::export_journal:
      allowed = principal->has_role(Role::manager);
      break;
    case Permission::read_families:
      allowed = principal->has_role(Role::manager) || principal->has_role(Role::practitioner) ||
                principal->has_role(Role::coordinator) || principal->has_role(Role::evaluator);
      break;
    case Permission::record_families:
      allowed = principal->has_role(Role::manager) || principal->has_role(Role::practitioner);
      break;
    case Permission::manage_families:
      allowed = principal->has_role(Role::manager);
      break;
    case Permission::build_questionnaires:
      allowed = principal->has_role(Role::manager) || principal->has_role(Role::coordinator) ||
                principal->has_role(Role::evaluator);
      break;
    case Permission::work_groups:
      allowed = principal->has_role(Role::manager) || principal->has_role(Role::coordinator) ||
                principal->has_role(Role::evaluator) || principal->has_role(Role::facilitator);
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

Result<db::Scope> ScopeIssuer::for_principal(db::Connection& c, const Principal& principal) {
  return for_principal(principal, [&c](const std::string& id) { return policy_repository::program_partners(c, id); });
}

Result<db::Scope> ScopeIssuer::for_principal(const Principal& principal, const ProgramPartners& partners_of) {
  db::Scope scope;
  auto raise = [&](const std::string& id, Access a) {
    Access& current = scope.read_[id];
    current = std::max(current, a);
  };
  if (principal.is_admin) scope.change_all_ = true;
  for (const Membership& m : principal.memberships) {
    switch (m.role) {
      case Role::manager:
        scope.change_.insert(m.organization_id);
        raise(m.organization_id, Access::identified);
        break;
      case Role::practitioner:
        raise(m.organization_id, Access::identified);
        break;
      case Role::facilitator:
        raise(m.organization_id, Access::deidentified);
        break;
      case Role::coordinator:
      case Role::evaluator: {
        auto partners = TRY(partners_of(m.organization_id));
        partners.push_back(m.organization_id);
        for (const auto& id : partners) {
          raise(id, Access::deidentified);
          if (m.role == Role::coordinator) scope.change_.insert(id);
        }
        break;
      }
    }
  }
  return scope;
}

db::Scope ScopeIssuer::anonymous() {
  return db::Scope{};
}

db::Scope ScopeIssuer::for_host() {
  db::Scope scope;
  scope.change_all_ = true;
  return scope;
}

bool may_edit_service(const db::Scope& scope, std::string_view organization_id) {
  return scope.may_change(organization_id);
}

Result<void> may_open_or_close_organization(const Principal& principal) {
  if (principal.is_admin) return {};
  return fail(Error::field(ErrorCode::forbidden, "active", FieldCode::invalid_value, "admin"));
}

Result<void> may_see_retired_entries(const Principal& principal) {
  if (principal.is_admin) return {};
  return fail(Error::field(ErrorCode::forbidden, "include_retired", FieldCode::invalid_value, "admin"));
}

std::optional<std::vector<std::string>> incident_registers(const Principal& principal) {
  if (principal.is_admin) return std::nullopt;
  std::vector<std::string> managed;
  for (const Membership& m : principal.memberships)
    if (m.role == Role::manager) managed.push_back(m.organization_id);
  return managed;
}

Result<void> may_keep_incident_register(const Principal& principal, std::string_view organization_id) {
  if (principal.is_admin || principal.has_role_in(organization_id, Role::manager)) return {};
  return fail(Error::field(ErrorCode::forbidden, "organization_id", FieldCode::invalid_value, "manager"));
}

Result<void> may_build_questionnaire(const Principal& principal, const db::Scope& scope,
                                     std::string_view organization_id) {
  if (principal.has_role_in(organization_id, Role::manager)) return {};
  const bool reads = scope.level(organization_id) >= db::Access::deidentified;
  if (reads && (principal.has_role(Role::coordinator) || principal.has_role(Role::evaluator))) return {};
  return fail(Error::field(ErrorCode::forbidden, "organization_id", FieldCode::invalid_value, "manager"));
}

GroupReach group_reach(const Principal& principal, const db::Scope& scope) {
  GroupReach reach;
  reach.user_id = principal.user_id;
  // Coordinators and evaluators: the organizations of their programs, as their scope reads them.
  if (principal.has_role(Role::coordinator) || principal.has_role(Role::evaluator))
    for (const auto& [id, level] : scope.readable())
      if (level >= db::Access::deidentified) reach.organizations.push_back(id);
  for (const Membership& m : principal.memberships)
    if (m.role == Role::manager) {
      reach.organizations.push_back(m.organization_id);
      reach.participant_organizations.push_back(m.organization_id);
    }
  std::ranges::sort(reach.organizations);
  auto [first, last] = std::ranges::unique(reach.organizations);
  reach.organizations.erase(first, last);
  return reach;
}

Result<void> may_plan_groups(const Principal& principal, const db::Scope& scope, std::string_view organization_id) {
  if (principal.has_role_in(organization_id, Role::manager)) return {};
  if (principal.has_role(Role::coordinator) && scope.may_change(organization_id)) return {};
  return fail(Error::field(ErrorCode::forbidden, "organization_id", FieldCode::invalid_value, "coordinator"));
}

Result<void> may_keep_minutes(const Principal& principal, const db::Scope& scope, std::string_view organization_id,
                              bool facilitates) {
  if (facilitates) return {};
  return may_plan_groups(principal, scope, organization_id);
}

GroupReach compensation_reach(const Principal& principal, const db::Scope& scope) {
  GroupReach reach;  // user_id stays empty: facilitating a group gives no access to its accounts
  if (principal.has_role(Role::coordinator))
    for (const auto& [id, level] : scope.readable())
      if (scope.may_change(id)) reach.organizations.push_back(id);
  for (const Membership& m : principal.memberships)
    if (m.role == Role::manager) reach.organizations.push_back(m.organization_id);
  std::ranges::sort(reach.organizations);
  auto [first, last] = std::ranges::unique(reach.organizations);
  reach.organizations.erase(first, last);
  return reach;
}

Result<void> may_send_outbox(const Principal* principal) {
  if (authorize(principal, Permission::record_journal)) return {};
  TRY_VOID(authorize(principal, Permission::work_groups));  // signed in, two-step sign-in done
  if (principal->has_role(Role::facilitator)) return {};
  return fail(ErrorCode::forbidden);
}

Result<void> may_work_session(bool facilitates) {
  if (facilitates) return {};
  return fail(ErrorCode::forbidden);
}

Result<void> may_read_logbook(const Principal& principal, const db::Scope& scope, std::string_view organization_id,
                              bool facilitates) {
  if (facilitates) return {};
  if (principal.has_role(Role::evaluator) && scope.level(organization_id) >= db::Access::deidentified) return {};
  return fail(ErrorCode::forbidden);
}

ReferralSide referral_side(const db::Scope& scope, std::string_view from_organization_id,
                           std::string_view to_organization_id) {
  // Only practitioners and managers read an organization identified (see ScopeIssuer).
  if (scope.level(from_organization_id) == db::Access::identified) return ReferralSide::sender;
  if (scope.level(to_organization_id) == db::Access::identified) return ReferralSide::receiver;
  return ReferralSide::none;
}

Result<void> may_send_referral(const db::Scope& scope, std::string_view organization_id) {
  if (scope.level(organization_id) == db::Access::identified) return {};
  return fail(
      Error::field(ErrorCode::forbidden, "family_id", FieldCode::other_organization, std::string(organization_id)));
}

bool within_editing_window(std::string_view entry_day, std::string_view today) {
  auto last_day = clock::add_days(entry_day, kEditingDays);
  return last_day && clock::is_date(today) && today <= *last_day;
}

Result<void> may_record_journal_entry(const Principal& principal, std::string_view organization_id) {
  if (principal.has_role_in(organization_id, Role::practitioner) ||
      principal.has_role_in(organization_id, Role::manager))
    return {};
  return fail(ErrorCode::forbidden);
}

Result<void> may_keep_service_gaps(const Principal& principal, std::string_view organization_id) {
  return may_record_journal_entry(principal, organization_id);  // the same people: its practitioners and managers
}

Result<std::string> key_partner_chooser_role(const Principal& principal, std::string_view organization_id) {
  if (principal.has_role_in(organization_id, Role::manager)) return std::string("manager");
  if (principal.has_role_in(organization_id, Role::practitioner)) return std::string("practitioner");
  return fail(ErrorCode::forbidden);
}

Result<void> may_change_key_partner(const Principal& principal, std::string_view chooser_id) {
  if (principal.user_id == chooser_id) return {};
  return fail(ErrorCode::forbidden);
}

Result<void> may_keep_referral_agreement(const Principal& principal, std::string_view organization_id,
                                         std::string_view other_organization_id) {
  if (principal.has_role_in(organization_id, Role::manager) ||
      principal.has_role_in(other_organization_id, Role::manager))
    return {};
  return fail(ErrorCode::forbidden);
}

std::vector<std::string> key_partner_whole_organizations(const Principal& principal) {
  std::vector<std::string> out;
  for (const Membership& m : principal.memberships)
    if (m.role == Role::manager) out.push_back(m.organization_id);
  return out;
}

Result<void> may_edit_journal_entry(const Principal& principal, const JournalEntryOwner& entry,
                                    std::string_view today) {
  if (principal.has_role_in(entry.organization_id, Role::manager)) return {};
  if (principal.has_role_in(entry.organization_id, Role::practitioner) && entry.worker_id == principal.user_id) {
    if (within_editing_window(entry.entry_date, today)) return {};
    return fail(ErrorCode::editing_window_closed);
  }
  return fail(ErrorCode::forbidden);
}

bool journal_shows_identity(const db::Scope& scope, std::string_view organization_id) {
  return scope.level(organization_id) == Access::identified;
}

std::string default_journal_organization(const Principal& principal) {
  std::string found;
  for (const Membership& m : principal.memberships) {
    if (m.role != Role::practitioner && m.role != Role::manager) continue;
    if (!found.empty() && found != m.organization_id) return {};
    found = m.organization_id;
  }
  return found;
}

Result<void> may_change_account(std::string_view actor_user_id, std::string_view user_id, bool disables,
                                bool drops_admin) {
  if (actor_user_id != user_id || (!disables && !drops_admin)) return {};
  return fail(Error::field(ErrorCode::validation_failed, disables ? "active" : "is_admin", FieldCode::self));
}

bool may_read_identified_family(const db::Scope& scope, std::string_view organization_id) {
  return scope.level(organization_id) == Access::identified;
}

Result<void> may_change_family(const db::Scope& scope, std::string_view organization_id) {
  if (may_read_identified_family(scope, organization_id)) return {};
  return fail(ErrorCode::forbidden);
}

Result<void> may_manage_families(const Principal& principal, std::string_view organization_id) {
  if (principal.has_role_in(organization_id, Role::manager)) return {};
  return fail(ErrorCode::forbidden);
}

Result<void> may_change_family_entry(const db::Scope& scope, const Principal& principal,
                                     std::string_view organization_id, std::string_view recorded_by,
                                     std::string_view created_at, std::string_view now) {
  if (!may_read_identified_family(scope, organization_id)) return fail(ErrorCode::forbidden);
  if (principal.has_role_in(organization_id, Role::manager)) return {};
  if (principal.has_role_in(organization_id, Role::practitioner) && recorded_by == principal.user_id) {
    if (within_editing_window(created_at.substr(0, 10), now.substr(0, 10))) return {};
    return fail(ErrorCode::editing_window_closed);
  }
  return fail(ErrorCode::forbidden);
}

}  // namespace filet::auth
