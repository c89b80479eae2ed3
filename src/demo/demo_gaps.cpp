#include "demo/demo_gaps.hpp"

#include <random>

#include "auth/policy.hpp"
#include "common/ids.hpp"
#include "demo/demo_gaps_repository.hpp"
#include "demo/weighted.hpp"
#include "families/dates.hpp"
#include "gaps/gap_repository.hpp"

namespace filet::demo {
namespace {

// Seed 003's gaps: housing, child care, food, transport; waiting lists above all for housing
// and child care. Rural territories lack transport first.
const Weighted kUrbanNeeds{{"housing.social", 8},   {"housing.search", 5}, {"childcare.daycare", 8},
                           {"childcare.dropin", 3}, {"food.banks", 5},     {"transport.accompaniment", 2},
                           {"transport.fares", 2}};
const Weighted kRuralNeeds{{"transport.rural", 9},   {"transport.accompaniment", 4},
                           {"childcare.daycare", 6}, {"housing.social", 3},
                           {"food.banks", 4},        {"childcare.dropin", 2}};

Weighted reasons_for(const std::string& need, bool rural) {
  if (need.starts_with("housing")) return {{"waiting_list", 7}, {"cost", 3}, {"not_eligible", 2}};
  if (need == "childcare.daycare") return {{"waiting_list", 9}, {"cost", 1}, {"opening_hours", 1}};
  if (need.starts_with("childcare")) return {{"no_service", 3}, {"opening_hours", 2}, {"waiting_list", 2}};
  if (need.starts_with("food")) return {{"opening_hours", 3}, {"transport", rural ? 4 : 1}, {"not_eligible", 2}};
  return {{"no_service", rural ? 5 : 1}, {"transport", 4}, {"cost", 2}};
}

}  // namespace

Result<int> load_demo_gaps(db::Pool& pool, const std::vector<DemoHost>& hosts) {
  auto c = TRY(pool.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  const auto needs = TRY(demo_gaps_repository::needs_by_code(*c));
  const std::string today = families::today();
  std::mt19937_64 rng(20261207);
  int made = 0;
  for (size_t h = 0; h < hosts.size(); ++h) {
    const auto& host = hosts[h];
    const bool rural = host.setting != "urban";
    // Recorded as the organization's own workers do: the scope of one of its managers.
    auth::Principal worker;
    worker.memberships = {{host.organization_id, "", auth::Role::manager}};
    auto scope = TRY(auth::ScopeIssuer::for_principal(
        worker, [](const std::string&) -> Result<std::vector<std::string>> { return std::vector<std::string>{}; }));
    auto scoped = scope.on(*c);
    const auto families = TRY(demo_gaps_repository::families_of(*c, host.organization_id));
    // About one family in five, and one gap without a family for every ten with one.
    for (size_t i = 0; i < families.size() + families.size() / 10; ++i) {
      const bool with_family = i < families.size();
      if (with_family && rng() % 5 != 0) continue;
      const std::string code = pick(rng, rural ? kRuralNeeds : kUrbanNeeds);
      auto need = needs.find(code);
      if (need == needs.end()) continue;
      gaps::Gap g;
      g.id = ids::derived_uuid("demo-gap-" + std::to_string(h) + "-" + std::to_string(i));
      g.organization_id = host.organization_id;
      g.need_id = need->second;
      g.territory_id = host.territory_id;
      g.reason = pick(rng, reasons_for(code, rural));
      if (with_family) g.family_id = families[i];
      g.gap_date = families::days_before(today, static_cast<int64_t>(1 + rng() % 365));
      g.created_at = g.updated_at = g.gap_date + "T15:00:00.000Z";
      TRY_VOID(gaps::gap_repository::insert(scoped, g));
      ++made;
    }
  }
  TRY_VOID(tx.commit());
  return made;
}

}  // namespace filet::demo
