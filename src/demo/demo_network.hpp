#pragma once
// `filet demo`: fills an empty database with the demo network (territories, organizations,
// programs and one account per role), all through the modules' services.
#include "db/pool.hpp"

namespace filet::demo {

inline constexpr std::string_view kDemoPassword = "filet-demo-2026";

struct DemoSummary {
  size_t territories = 0, organizations = 0, programs = 0, users = 0, services = 0;
};

// Refuses a database that already has accounts, so demo data never mixes with real data.
Result<DemoSummary> load_demo_network(db::Pool& pool);

}  // namespace filet::demo
