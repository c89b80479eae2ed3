#pragma once
// The one access policy. Every route names a Permission; every query of operational data is
// filtered by the principal's DataScope. Nothing else in the code decides who sees what.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "auth/principal.hpp"
#include "db/database.hpp"

namespace filet::auth {

enum class Permission {
  anyone,                 // no session: sign-in, health
  signed_in,              // any active account: own profile, sign-out
  read_reference,         // territories, organizations, programs
  manage_reference,       // create and change territories, organizations, programs: admins
  update_organization,    // admins, or managers of that very organization
  manage_users,           // accounts and memberships: admins
  read_audit,             // the audit log: admins
  edit_directory,         // directory services: admins, managers, coordinators (the service then
                          // checks the owning organization)
  manage_directory_data,  // HSDS import and export of the whole directory: admins
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
enum class Access { none = 0, aggregate = 1, deidentified = 2, identified = 3 };

struct DataScope {
  std::map<std::string, Access> organizations;  // organization id -> level
  Access level(std::string_view organization_id) const;
  // "column IN (?, ...)" over the organizations seen at `minimum` or more ("1 = 0" when none),
  // with its parameters, for the WHERE clause of every query of operational data.
  std::pair<std::string, db::Params> sql_filter(std::string_view column, Access minimum) const;
};

// Practitioners and managers: their organization, identified. Facilitators: their organization,
// de-identified (their groups come with the groups module). Coordinators and evaluators: the
// member organizations of the programs their organization belongs to, de-identified. Admins: none.
Result<DataScope> data_scope(db::Connection& c, const Principal& principal);

}  // namespace filet::auth
