#pragma once
// All of the referral agreements' SQL. An agreement belongs to both its organizations: whoever
// reads either of them (its practitioners and managers, the coordinators and evaluators of its
// programs) reads it; the service asks the policy who changes it.
#include "db/listing.hpp"
#include "db/scope.hpp"
#include "partnerships/referral_agreement.hpp"

namespace filet::partnerships::agreement_repository {

struct Filters {
  std::string organization_id;  // either side
  std::string status;
};

inline constexpr db::SortKey kSorts[] = {
    {"starts_on", "a.starts_on"}, {"review_on", "a.review_on"}, {"status", "a.status"}, {"updated_at", "a.updated_at"}};

Result<ReferralAgreement> find(db::ScopedConnection& c, const std::string& id);
// Newest start first without a sort.
Result<db::Page<ReferralAgreement>> list(db::ScopedConnection& c, const Filters& filters, const db::ListQuery& query);
Result<void> insert(db::ScopedConnection& c, const ReferralAgreement& a);
// Compare-and-set on `a.version`, on an agreement `find` reaches.
Result<void> update(db::ScopedConnection& c, const ReferralAgreement& a);

}  // namespace filet::partnerships::agreement_repository
