#pragma once
// The demo referrals' SQL: the families whose consent lets them be referred to a partner.
#include <string>
#include <vector>

#include "db/database.hpp"

namespace filet::demo::demo_referrals_repository {

struct ConsentingFamily {
  std::string family_id, organization_id, worker_id, partner_organization_id, given_on;
};
// Families with a referral_sharing consent not withdrawn, by family id.
Result<std::vector<ConsentingFamily>> consenting_families(db::Connection& c);
// Families of the organization, by id, without a referral_sharing consent at all.
Result<std::vector<ConsentingFamily>> families_without_consent(db::Connection& c);

}  // namespace filet::demo::demo_referrals_repository
