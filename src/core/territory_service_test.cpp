#include "core/territory_service.hpp"

#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"

namespace filet::core {
namespace {

using TerritoryServiceTest = testing::EngineTest;
const audit::Actor kActor{"", "test", "req-1"};

TEST_P(TerritoryServiceTest, BuildsTheTreeAndNamesTheParent) {
  TerritoryService territories(pool());
  auto region = territories.create(kActor, {.name = "Capitale-Nationale", .kind = "region", .setting = "mixed"});
  ASSERT_TRUE(region) << region.error().detail;
  auto mrc = territories.create(
      kActor, {.name = "MRC de Portneuf", .kind = "territory", .setting = "rural", .parent_id = region->id});
  ASSERT_TRUE(mrc) << mrc.error().detail;
  EXPECT_EQ(mrc->parent_name, "Capitale-Nationale");
  auto children = territories.list({}, {.parent_id = region->id});
  ASSERT_TRUE(children);
  ASSERT_EQ(children->total, 1);
  EXPECT_EQ(children->items.front().id, mrc->id);
  auto regions = territories.list({}, {.kind = "region"});
  ASSERT_TRUE(regions);
  EXPECT_EQ(regions->total, 1);
}

TEST_P(TerritoryServiceTest, RefusesAParentThatIsItselfOrItsDescendantAndChangesNothing) {
  TerritoryService territories(pool());
  auto region = territories.create(kActor, {.name = "Montréal", .kind = "region", .setting = "urban"});
  auto nord = territories.create(
      kActor, {.name = "Montréal-Nord", .kind = "territory", .setting = "urban", .parent_id = region->id});
  auto site = territories.create(
      kActor, {.name = "HLM Place Normandie", .kind = "housing_site", .setting = "urban", .parent_id = nord->id});
  ASSERT_TRUE(region && nord && site);

  auto self = territories.update(kActor, region->id, {.parent_id = region->id});
  ASSERT_FALSE(self);
  EXPECT_EQ(self.error().fields.front().field, "parent_id");
  EXPECT_EQ(self.error().fields.front().code, FieldCode::cycle);

  auto below = territories.update(kActor, region->id, {.name = "Renamed", .parent_id = site->id});
  ASSERT_FALSE(below);
  EXPECT_EQ(below.error().fields.front().code, FieldCode::cycle);
  auto unchanged = territories.get(region->id);
  ASSERT_TRUE(unchanged);
  EXPECT_EQ(unchanged->name, "Montréal");
  EXPECT_TRUE(unchanged->parent_id.empty());
}

TEST_P(TerritoryServiceTest, RefusesAnUnknownParent) {
  TerritoryService territories(pool());
  auto created = territories.create(
      kActor,
      {.name = "Anjou", .kind = "territory", .setting = "urban", .parent_id = "00000000-0000-4000-8000-000000000000"});
  ASSERT_FALSE(created);
  EXPECT_EQ(created.error().fields.front().field, "parent_id");
  EXPECT_EQ(created.error().fields.front().code, FieldCode::not_found);
  EXPECT_EQ(territories.list({}, {})->total, 0);
}

TEST_P(TerritoryServiceTest, EveryChangeIsAudited) {
  TerritoryService territories(pool());
  auto t = territories.create(kActor, {.name = "Saint-Léonard", .kind = "territory", .setting = "urban"});
  ASSERT_TRUE(t);
  ASSERT_TRUE(territories.update(kActor, t->id, {.active = false}));
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto rows =
      (*c)->query("SELECT action FROM audit_log WHERE entity = 'territory' AND entity_id = ? ORDER BY id", {t->id});
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].text(0), "create");
  EXPECT_EQ((*rows)[1].text(0), "update");
}

FILET_ON_BOTH_ENGINES(TerritoryServiceTest);

}  // namespace
}  // namespace filet::core
