// The service gaps' SQL on both engines: the recording organization reads, changes and deletes
// its gaps, nobody else; the register's facts reach wherever the scope reads aggregates (a
// coordinator's programs), with the territory's setting; versions are compare-and-set; a
// referral proposes a gap only to its sender.
#include "gaps/gap_repository.hpp"

#include <gtest/gtest.h>

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
  auto facts = repo::register_facts(in_coordinator, {});
  ASSERT_TRUE(facts) << facts.error().detail;
  ASSERT_EQ(facts->size(), 2u);
  EXPECT_EQ((*facts)[0].setting, "rural");
  EXPECT_EQ((*facts)[0].territory_name, "Ahuntsic");
  EXPECT_EQ(repo::register_facts(in_coordinator, {.setting = "urban"})->size(), 0u);
  EXPECT_EQ(repo::register_facts(in_coordinator, {.to = "2026-05-03"})->size(), 0u);
  EXPECT_EQ(repo::register_facts(in_b, {})->size(), 0u);

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

FILET_ON_BOTH_ENGINES(GapRepositoryTest);

}  // namespace
}  // namespace filet::gaps
