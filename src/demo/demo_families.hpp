#pragma once
// The demo's families (issue 9): 400 families across the host organizations of the outreach
// program `proximite-0-5`, with contacts, needs, consents and check-ins over the last 12 months,
// from a fixed seed. Urban and rural families differ in the spirit of seed 003 (domestic violence
// more frequent in the city; parks and streets there, organizations and municipalities in rural
// places). Identities (fictitious) only for a few, and only when a key file was given.
//
// Rules the API tests count on (tests/api/scope_by_role.test.mjs): family i (0..399) belongs to
// host organization i mod (number of hosts), hosts in the program's order; it consents to
// de-identified evaluation data unless i mod 4 = 3, and never withdraws that consent.
#include <string>
#include <vector>

#include "common/identity_vault.hpp"
#include "db/pool.hpp"

namespace filet::demo {

inline constexpr int kDemoFamilies = 400;

struct DemoHost {
  std::string organization_id;
  std::string territory_id;
  std::string setting;  // urban, rural, mixed
};

// Fills the families of `hosts`; seals identities with `vault` when given. Returns how many.
Result<int> load_demo_families(db::Pool& pool, const std::vector<DemoHost>& hosts, const vault::IdentityVault* vault);

}  // namespace filet::demo
