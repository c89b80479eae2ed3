// The service gaps' SQL on both engines: the recording organization reads, changes and deletes
// its gaps, nobody else; the register's facts reach wherever the scope reads aggregates (a
// coordinator's programs), with the territory's setting; versions are compare-and-set; a
// referral proposes a gap only to its sender.
#include "gaps/gap_repository.hpp"

#include <gtest/gtest.h>

#include <tuple>

#include "db/testing/test_database.hpp"
#include "db/testing/two_organizations.hpp"
#include "families/family_repository.hpp"

namespace filet::gaps {
namespace {

namespace repo = gap_repository;
using GapRepositoryTest = testing::EngineTest;

using testing::add_two_organizations;
using testing::kOrgA;
using testing::kOrgB;
using testing::scope_of;

constexpr const char* kFamily = "00000000-0000-4000-8000-00000000f001";
constexpr const char* kTerritory = "00000000-0000-4000-8000-00000000d001";
constexpr const char* kGap = "00000000-0000-4000-8000-00000000a901";

Gap gap(const std::string& id, const std::string& organization) {
  Gap g;
  g.id = id;
  g.organization_id = organization;
  g.need_id = "need-housing";
  g.territory_id = kTerritory;
  g.reason = "waiting_list";
  g.gap_date = "2026-05-04";
  g.created_at = g.updated_at = "2026-05-04T09:00:00.000Z";
  return g;
}

TEST_P(GapRepositoryTest, TheOrganizationKeepsItsGapsAndTheRegisterReadsAggregates) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_two_organizations(**c);
  ASSERT_TRUE(
      (*c)->execute("INSERT INTO territories (id, name, search_key, kind, setting, created_at, updated_at) "
                    "VALUES (?, 'Ahuntsic', 'ahuntsic', 'territory', 'rural', '2026-01-01', '2026-01-01')",
                    {kTerritory}));
  auto scope_a = scope_of(auth::Role::practitioner, kOrgA);
  auto scope_b = scope_of(auth::Role::manager, kOrgB);
  auto scope_coordinator = scope_of(auth::Role::coordinator, kOrgA);
  auto in_a = scope_a.on(**c);
  auto in_b = scope_b.on(**c);
  auto in_coordinator = scope_coordinator.on(**c);
  families::Family f;
  f.id = kFamily;
  f.organization_id = kOrgA;
  f.code = "BAKO42";
  f.created_at = f.updated_at = "2026-03-01T09:00:00.000Z";
  ASSERT_TRUE(families::family_repository::insert(in_a, f, ""));

  Gap g = gap(kGap, kOrgA);
  g.family_id = kFamily;
  EXPECT_FALSE(repo::insert(in_b, g)) << "B cannot record a gap of A";
  EXPECT_FALSE(repo::insert(in_coordinator, g)) << "a coordinator records none";
  ASSERT_TRUE(repo::insert(in_a, g));
  ASSERT_TRUE(repo::insert(in_a, gap("00000000-0000-4000-8000-00000000a902", kOrgA)));

  auto found = repo::find(in_a, kGap);
  ASSERT_TRUE(found) << found.error().detail;
  EXPECT_EQ(found->family_code, "BAKO42");
  EXPECT_EQ(found->reason, "waiting_list");
  EXPECT_EQ(repo::find(in_b, kGap).error().code, ErrorCode::not_found);
  EXPECT_EQ(repo::find(in_coordinator, kGap).error().code, ErrorCode::not_found);
  EXPECT_EQ(repo::list(in_a, {}, {})->total, 2);
  EXPECT_EQ(repo::list(in_a, {.family_id = kFamily}, {})->total, 1);
  EXPECT_EQ(repo::list(in_a, {.from = "2026-06-01"}, {})->total, 0);
  EXPECT_EQ(repo::list(in_b, {}, {})->total, 0);
  EXPECT_EQ(repo::list(in_coordinator, {}, {})->total, 0);

  // The register: the coordinator reads A's gaps as aggregates; B reads nothing of A.
  auto read = repo::register_groups(in_coordinator, {});
  ASSERT_TRUE(read) << read.error().detail;
  ASSERT_EQ(read->groups.size(), 1u);
  EXPECT_EQ(read->groups[0].setting, "rural");
  EXPECT_EQ(read->groups[0].territory_name, "Ahuntsic");
  EXPECT_EQ(read->groups[0].gaps, 2);
  EXPECT_EQ(read->groups[0].cell_units, 2);  // the family and the gap without one
  EXPECT_EQ(repo::register_groups(in_coordinator, {.setting = "urban"})->groups.size(), 0u);
  EXPECT_EQ(repo::register_groups(in_coordinator, {.to = "2026-05-03"})->groups.size(), 0u);
  EXPECT_EQ(repo::register_groups(in_b, {})->groups.size(), 0u);

  // Versions: a change from version 1 goes through, a second from 1 does not.
  Gap changed = *found;
  changed.reason = "cost";
  ASSERT_TRUE(repo::update(in_a, changed));
  EXPECT_EQ(repo::update(in_a, changed).error().code, ErrorCode::version_conflict);
  EXPECT_EQ(repo::update(in_b, changed).error().code, ErrorCode::not_found);
  EXPECT_EQ(repo::find(in_a, kGap)->version, 2);

  // Deleting: only the organization's.
  EXPECT_EQ(repo::remove(in_b, kGap).error().code, ErrorCode::not_found);
  ASSERT_TRUE(repo::remove(in_a, kGap));
  EXPECT_EQ(repo::find(in_a, kGap).error().code, ErrorCode::not_found);

  // No referral of that id: nothing to propose.
  auto none = repo::referral_for_gap(in_a, "00000000-0000-4000-8000-00000000e001");
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->has_value());
}

// The register's groups add up to each family once per cell, reason, setting and quarter, and
// each gap without a family once, whatever the quarter asked.
TEST_P(GapRepositoryTest, TheRegisterCountsEachFamilyOncePerCell) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_two_organizations(**c);
  constexpr const char* kUrban = "00000000-0000-4000-8000-00000000d002";
  for (auto [id, name, setting] : {std::tuple{kTerritory, "Ahuntsic", "rural"}, {kUrban, "Bordeaux", "urban"}})
    ASSERT_TRUE(
        (*c)->execute("INSERT INTO territories (id, name, search_key, kind, setting, created_at, updated_at) "
                      "VALUES (?, ?, ?, 'territory', ?, '2026-01-01', '2026-01-01')",
                      {id, name, name, setting}));
  auto scope_a = scope_of(auth::Role::practitioner, kOrgA);
  auto scope_coordinator = scope_of(auth::Role::coordinator, kOrgA);
  auto in_a = scope_a.on(**c);
  auto in_coordinator = scope_coordinator.on(**c);
  constexpr const char* kOther = "00000000-0000-4000-8000-00000000f002";
  for (auto [id, code] : {std::pair{kFamily, "BAKO42"}, {kOther, "CIRE17"}}) {
    families::Family f;
    f.id = id;
    f.organization_id = kOrgA;
    f.code = code;
    f.created_at = f.updated_at = "2026-03-01T09:00:00.000Z";
    ASSERT_TRUE(families::family_repository::insert(in_a, f, ""));
  }
  int n = 0;
  auto add = [&](const char* need, const char* territory, const char* family, const char* reason, const char* date) {
    Gap g = gap("00000000-0000-4000-8000-0000000a9" + std::to_string(100 + ++n), kOrgA);
    g.need_id = need;
    g.territory_id = territory;
    g.family_id = family;
    g.reason = reason;
    g.gap_date = date;
    ASSERT_TRUE(repo::insert(in_a, g));
  };
  add("need-housing", kTerritory, kFamily, "waiting_list", "2026-05-04");
  add("need-housing", kTerritory, kFamily, "cost", "2026-05-20");  // the same family, same cell
  add("need-housing", kTerritory, kFamily, "cost", "2026-08-01");  // and again, next quarter
  add("need-housing", kTerritory, "", "cost", "2026-05-05");
  add("need-housing", kTerritory, "", "cost", "2026-06-30");
  add("need-food", kUrban, kOther, "waiting_list", "2026-04-01");
  add("need-food", kUrban, kFamily, "cost", "2026-06-01");

  auto register_of = [&](const std::string& quarter) {
    auto read = repo::register_groups(in_coordinator, {.quarter = quarter});
    EXPECT_TRUE(read) << read.error().detail;
    return aggregate(read->groups, read->by_quarter);
  };
  auto all = register_of("");
  ASSERT_EQ(all.needs.size(), 2u);
  ASSERT_EQ(all.territories.size(), 2u);
  EXPECT_EQ(all.needs[0].id, "need-food");  // by name: the need's id when no term names it
  EXPECT_EQ(all.territories[0].name, "Ahuntsic");
  EXPECT_EQ(all.counts, (std::vector<std::vector<int64_t>>{{0, 2}, {3, 0}}));  // housing: the family + 2 without
  EXPECT_EQ(all.top_reasons[1][0], "cost");                                    // 4 gaps against 1
  EXPECT_EQ(all.top_reasons[0][1], "cost");                                    // a tie: the first code
  EXPECT_EQ(all.by_reason, (Tally{{"cost", 3}, {"waiting_list", 2}}));
  EXPECT_EQ(all.by_setting, (Tally{{"rural", 3}, {"urban", 2}}));
  EXPECT_EQ(all.by_quarter, (Tally{{"2026-Q2", 4}, {"2026-Q3", 1}}));
  // The totals are the cells' sums: each need's, each territory's and the whole register's.
  auto json = register_json(all, false);
  ASSERT_TRUE(json);
  EXPECT_EQ(json->at("total").at("count").as_int64(), 5);
  EXPECT_EQ(json->at("needs").at(0).at("count").as_int64(), 2);
  EXPECT_EQ(json->at("needs").at(1).at("count").as_int64(), 3);
  EXPECT_EQ(json->at("territories").at(0).at("count").as_int64(), 3);

  auto q3 = register_of("2026-Q3");
  EXPECT_EQ(q3.counts, (std::vector<std::vector<int64_t>>{{1}}));
  EXPECT_EQ(q3.by_reason, (Tally{{"cost", 1}}));
  EXPECT_EQ(q3.by_setting, (Tally{{"rural", 1}}));
  EXPECT_EQ(q3.by_quarter, all.by_quarter);  // every quarter, whatever the one asked

  auto q2 = register_of("2026-Q2");
  EXPECT_EQ(q2.counts, (std::vector<std::vector<int64_t>>{{0, 2}, {3, 0}}));
  EXPECT_EQ(q2.by_reason, (Tally{{"cost", 3}, {"waiting_list", 2}}));
  EXPECT_TRUE(register_of("2026-Q1").needs.empty());
}

FILET_ON_BOTH_ENGINES(GapRepositoryTest);

}  // namespace
}  // namespace filet::gaps
