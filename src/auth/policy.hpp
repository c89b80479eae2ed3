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
  read_journal,            // outreach and networking entries: practitioners and managers (their
                           // organization, identified), coordinators and evaluators (their programs'
                           // organizations, de-identified); never admins as such
  record_journal,          // record and change journal entries: practitioners and managers (the
                           // service then asks may_edit_journal_entry)
  export_journal,          // CSV / XLSX of the journal: managers (their organization)
  read_families,           // families and their entries: practitioners and managers (identified, their
                           // organization), coordinators and evaluators (de-identified lists of their
                           // programs' organizations); not admins nor facilitators
  record_families,         // record families, identities, consents, contacts, check-ins: practitioners,
                           // managers (the service then checks the family's organization)
  manage_families,         // Law 25: export and destroy a family, the retention setting: managers (the
                           // service then asks may_manage_families of the organization)
  build_questionnaires,    // questionnaires, campaigns and their results: managers, coordinators and
                           // evaluators (the service then asks may_build_questionnaire; the scope
                           // says which organizations' they reach)
  work_groups,             // groups (issue 11): coordinators, managers and evaluators, facilitators
                           // (the groups they facilitate; the service asks group_policy.hpp)
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

// One editing window for every entry a practitioner records (journal entries, a family's
// contacts, consents and check-ins): editable by its author for kEditingDays days after its
// day (the day itself and the seven after it); then only managers change it. Pure; dates are
// YYYY-MM-DD (a timestamp's date part is its day).
inline constexpr int kEditingDays = 7;
bool within_editing_window(std::string_view entry_day, std::string_view today);

// The journal (outreach and networking entries); an entry's day is its entry_date.
// The owner of a journal entry, as the rules need it.
struct JournalEntryOwner {
  std::string_view organization_id;
  std::string_view worker_id;
  std::string_view entry_date;
};
// A new entry may be recorded for `organization_id` by its practitioners and managers.
Result<void> may_record_journal_entry(const Principal& principal, std::string_view organization_id);
// Managers change every entry of their organization; practitioners their own entries, within
// the editing window (else editing_window_closed); nobody else (forbidden).
Result<void> may_edit_journal_entry(const Principal& principal, const JournalEntryOwner& entry, std::string_view today);
// Whether the note and the worker of an entry of `organization_id` are shown: only to those who
// read the organization identified (its practitioners and managers); others get it de-identified.
bool journal_shows_identity(const db::Scope& scope, std::string_view organization_id);
// The organization a new entry belongs to when the body names none: the one organization where
// the person is a practitioner or a manager ("" when none or several: the body must name it).
std::string default_journal_organization(const Principal& principal);
// Families (issue 9). Identified family data (codes, notes, identity, entries) of an
// organization: its practitioners and managers, whose scope reads it identified; everyone else
// (coordinators, evaluators) reads de-identified lists at most, admins nothing.
bool may_read_identified_family(const db::Scope& scope, std::string_view organization_id);
// A family record and its identity may be changed by whoever reads it identified.
Result<void> may_change_family(const db::Scope& scope, std::string_view organization_id);
// Law 25: exporting everything held about a family, destroying it and setting how long closed
// families are kept: the managers of the family's organization only (not its practitioners).
Result<void> may_manage_families(const Principal& principal, std::string_view organization_id);
// An entry of a family (contact, consent, check-in) of `organization_id`, recorded by
// `recorded_by` at `created_at`: managers of the organization always; practitioners of it their
// own entries within the editing window from the day it was recorded (else
// editing_window_closed); nobody else (forbidden).
Result<void> may_change_family_entry(const db::Scope& scope, const Principal& principal,
                                     std::string_view organization_id, std::string_view recorded_by,
                                     std::string_view created_at, std::string_view now);

}  // namespace filet::auth
