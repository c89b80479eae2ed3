#pragma once
// The demo's service gaps (issue 12, item 3): about a fifth of the demo families, over the last
// twelve months, have a need nobody could meet, concentrated as seed 003 finds them — housing and
// child care behind waiting lists, food, and transport (above all in rural territories) — plus a
// few gaps recorded without a family. Dated before today, from a fixed seed.
#include "db/pool.hpp"
#include "demo/demo_families.hpp"

namespace filet::demo {

// Records the gaps of the demo families of `hosts`; returns how many.
Result<int> load_demo_gaps(db::Pool& pool, const std::vector<DemoHost>& hosts);

}  // namespace filet::demo
