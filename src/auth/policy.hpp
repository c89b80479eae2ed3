#pragma once
// The one access policy. Every route names a Permission; every query of operational data goes
// through the request's scope (db/scope.hpp), which only this policy makes; every "may this user
// do X to this record" is answered here. Nothing else in the code decides who sees what.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/principal.hpp"
#include "db/database.hpp"
#include "db/scope.hpp"

namespace filet::auth {

enum class Permission {
  anyone,                  // no session: sign-in, health
  signed_in,               // any active account: own profile, sign-out
  read_reference,          // territories, organizations, programs, reference lists: every account
  manage_reference,        // create and change territories, organizations, programs: admins
  update_organization,     // admins, or managers of that very organization
  manage_users,            // accounts and memberships: admins
  read_audit,              // the audit log: admins
  edit_directory,          // directory services: admins, managers, coordinators (the service then
                           // checks the owning organization)
  manage_directory_data,   // HSDS import and export of the whole directory: admins
  manage_reference_lists,  // add, edit, retire and restore entries of reference lists: admins
  keep_incident_register,  // the register of confidentiality incidents (Law 25): admins, managers
};

// Who must sign in with a second factor: admins always; with identified_data also whoever reads
// identified family data (managers, practitioners); with everyone, every account.
enum class TwoFactorRule { admins, identified_data, everyone };
std::optional<TwoFactorRule> two_factor_rule_from_name(std::string_view name);  // admins|identified-data|everyone
bool two_factor_required(const Principal& principal, TwoFactorRule rule);

// Allowed, or unauthenticated (no principal) / forbidden. Someone who must enrol in two-factor
// sign-in reaches only their own account's routes (two_factor_enrolment_required).
Result<void> authorize(const Principal* principal, Permission permission, std::string_view organization_id = {});

// How much of an organization's operational records (families, journal, groups) a person sees.
using Access = db::Access;

// Makes the request's scope (db/scope.hpp): the one place that says which organizations a
// person reads, at which level, and whose records they change.
class ScopeIssuer {
 public:
  // Reading: practitioners and managers their organization, identified; facilitators their
  // organization, de-identified (their groups come with the groups module); coordinators and
  // evaluators the member organizations of the active programs their organization belongs to,
  // de-identified; admins none (no family data by default).
  // Changing (directory services): admins every organization; managers their own; coordinators
  // the organizations of their programs (from their coordinator memberships alone: another role
  // elsewhere grants no editing).
  static Result<db::Scope> for_principal(db::Connection& c, const Principal& principal);
  // The same, asking `partners` for the other member organizations of the active programs of an
  // organization only for coordinators and evaluators (most requests need no query at all).
  using ProgramPartners = std::function<Result<std::vector<std::string>>(const std::string& organization_id)>;
  static Result<db::Scope> for_principal(const Principal& principal, const ProgramPartners& partners);
  // No session (public routes): no organization.
  static db::Scope anonymous();
  // The command line and the demo loader act for whoever hosts Filet: they change every
  // organization's records and read none.
  static db::Scope for_host();
};

// "May this user do X to this record": answered here, asked by the services.

// A directory service of `organization_id` may be created, changed or verified.
bool may_edit_service(const db::Scope& scope, std::string_view organization_id);
// Opening or closing an organization changes who may work in Filet: admins only (managers
// change the rest of their own organization, see Permission::update_organization).
Result<void> may_open_or_close_organization(const Principal& principal);
// Retired entries of reference lists are listed for admins (who restore them); everyone else
// reads a retired entry only through a record that stores its code.
Result<void> may_see_retired_entries(const Principal& principal);
// The register of confidentiality incidents (Law 25, s. 3.8): admins keep every organization's
// (nullopt), managers the registers of the organizations they manage; no one else.
std::optional<std::vector<std::string>> incident_registers(const Principal& principal);
// An incident may be recorded for `organization_id` (else forbidden naming organization_id).
Result<void> may_keep_incident_register(const Principal& principal, std::string_view organization_id);
// Accounts: an admin may not disable their own account nor drop their own admin right (no one
// would be left to undo it). `actor_user_id` is empty for the command line.
Result<void> may_change_account(std::string_view actor_user_id, std::string_view user_id, bool disables,
                                bool drops_admin);

}  // namespace filet::auth
