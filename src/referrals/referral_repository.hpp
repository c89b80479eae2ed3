#pragma once
// All of the referrals' SQL. Referrals are operational data of two organizations: every
// statement carries the request's scope. The sending organization's practitioners and managers
// (who read it identified) reach its referrals; the receiving organization's reach a referral
// addressed to it only once sent and while the family's consent to share with it holds on
// `today` (the SQL form of families::consent_allows, read from the referral's copy of its
// consents' span: families::entry_repository::refresh_referral_sharing).
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "referrals/referral.hpp"

namespace filet::referrals::referral_repository {

struct Filters {
  std::string box;     // "sent", "received" or "" (both)
  std::string status;  // "" = any
  std::optional<bool> overdue;
  std::string overdue_before;  // overdue: sent before this date (today minus the setting)
};

// sent_at: drafts (never sent) first ascending, on both engines (NULLs order differently).
inline constexpr db::SortKey kSorts[] = {{"created_at", "r.created_at"},
                                         {"sent_at", "COALESCE(r.sent_at, '')"},
                                         {"status", "r.status"},
                                         {"updated_at", "r.updated_at"}};

Result<Referral> find(db::ScopedConnection& c, const std::string& id, const std::string& today);
// Newest first without a sort.
Result<db::Page<Referral>> list(db::ScopedConnection& c, const Filters& filters, const db::ListQuery& query,
                                const std::string& today);
// Only for an organization the scope reads identified (the family's).
Result<void> insert(db::ScopedConnection& c, const Referral& referral);
// Compare-and-set on `referral.version`, on a referral `find` reaches.
Result<void> update(db::ScopedConnection& c, const Referral& referral, const std::string& today);
Result<void> insert_transition(db::ScopedConnection& c, const Transition& t);
// Oldest first, of a referral `find` reaches.
Result<std::vector<Transition>> transitions_of(db::ScopedConnection& c, const std::string& referral_id,
                                               const std::string& today);

// The organization of an active directory service ("" when no such service).
Result<std::string> service_organization(db::Connection& c, const std::string& service_id);

}  // namespace filet::referrals::referral_repository
