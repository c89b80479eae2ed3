#pragma once
// The demo's partnerships (issue 12, item 4): every practitioner and manager of the outreach
// program's host organizations chooses three key partners for the current fiscal year, in about
// seed 003's proportions (other community organizations ≈ 60 %, CISSS/CIUSSS ≈ a quarter, round
// tables, child care, schools), with its criteria, success factors, obstacles and a few
// particularly difficult collaborations; and three referral agreements of Les Maisons voisines
// d'Ahuntsic, in the Ahuntsic social-housing sites of seed 004. From a fixed seed.
#include <map>

#include "db/pool.hpp"
#include "demo/demo_families.hpp"

namespace filet::demo {

struct DemoPartnerships {
  size_t key_partners = 0, agreements = 0;
};

// `organization_ids`: the demo's organization key → id.
Result<DemoPartnerships> load_demo_partnerships(db::Pool& pool, const std::vector<DemoHost>& hosts,
                                                const std::map<std::string, std::string>& organization_ids);

}  // namespace filet::demo
