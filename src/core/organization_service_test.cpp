#include "core/organization_service.hpp"

#include <gtest/gtest.h>

#include "core/territory_service.hpp"
#include "db/testing/test_database.hpp"

namespace filet::core {
namespace {

using OrganizationServiceTest = testing::EngineTest;
const audit::Actor kActor{"", "test", "req-1"};

TEST_P(OrganizationServiceTest, CreatesListsAndFindsWithoutAccents) {
  TerritoryService territories(pool());
  OrganizationService organizations(pool());
  auto region = territories.create(kActor, {.name = "Montréal", .kind = "region", .setting = "urban"});
  ASSERT_TRUE(region) << region.error().detail;
  auto nord = territories.create(
      kActor, {.name = "Montréal-Nord", .kind = "territory", .setting = "urban", .parent_id = region->id});
  ASSERT_TRUE(nord);
  EXPECT_EQ(nord->parent_name, "Montréal");
  for (int i = 0; i < 30; ++i) {
    OrganizationChanges changes{.name = "Épicerie solidaire " + std::to_string(i), .sector = "community_other"};
    changes.territory_ids = std::vector<std::string>{nord->id};
    ASSERT_TRUE(organizations.create(kActor, changes));
  }
  ListQuery query;
  query.q = "epicerie";
  query.per_page = 10;
  auto page = organizations.list(query, {});
  ASSERT_TRUE(page);
  EXPECT_EQ(page->total, 30);
  ASSERT_EQ(page->items.size(), 10u);
  ASSERT_EQ(page->items.front().territories.size(), 1u);
  EXPECT_EQ(page->items.front().territories.front().name, "Montréal-Nord");
  auto by_territory = organizations.list({}, {.territory_id = nord->id});
  EXPECT_EQ(by_territory->total, 30);
}

TEST_P(OrganizationServiceTest, RefusesUnknownTerritoriesAndChangesNothing) {
  OrganizationService organizations(pool());
  OrganizationChanges changes{.name = "Organisme", .sector = "library"};
  changes.territory_ids = std::vector<std::string>{"00000000-0000-4000-8000-000000000000"};
  auto created = organizations.create(kActor, changes);
  ASSERT_FALSE(created);
  EXPECT_EQ(created.error().fields.front().field, "territory_ids");
  EXPECT_EQ(organizations.list({}, {})->total, 0);
}

TEST_P(OrganizationServiceTest, OnlyAdminsChangeWhetherAnOrganizationIsActive) {
  OrganizationService organizations(pool());
  auto o = organizations.create(kActor, {.name = "Maison de la famille", .sector = "community_family"});
  ASSERT_TRUE(o);
  auth::Principal manager{"m", "m@x", "M", "fr", false, {{o->id, o->name, auth::Role::manager}}, {}, {}};
  EXPECT_EQ(organizations.update(kActor, manager, o->id, {.active = false}).error().code, ErrorCode::forbidden);
  auto renamed = organizations.update(kActor, manager, o->id, {.name = "Maison des familles"});
  ASSERT_TRUE(renamed);
  EXPECT_EQ(renamed->name, "Maison des familles");
  auto c = pool().acquire();
  auto audited =
      (*c)->query("SELECT action FROM audit_log WHERE entity = 'organization' AND entity_id = ? ORDER BY id", {o->id});
  ASSERT_EQ(audited->size(), 2u);
  EXPECT_EQ((*audited)[1].text(0), "update");
}

// The territories an organization shows are kept on its row (0033): after its territories
// change and after a territory's name changes, in the order of their folded names.
TEST_P(OrganizationServiceTest, ShowsItsTerritoriesByNameAfterEveryChange) {
  TerritoryService territories(pool());
  OrganizationService organizations(pool());
  auto zebre = territories.create(kActor, {.name = "Zèbre", .kind = "territory", .setting = "urban"});
  auto anjou = territories.create(kActor, {.name = "Anjou", .kind = "territory", .setting = "urban"});
  auto lachine = territories.create(kActor, {.name = "Lachine", .kind = "territory", .setting = "urban"});
  ASSERT_TRUE(zebre && anjou && lachine);
  OrganizationChanges changes{.name = "Carrefour", .sector = "community_family"};
  changes.territory_ids = std::vector<std::string>{zebre->id, anjou->id};
  auto o = organizations.create(kActor, changes);
  ASSERT_TRUE(o) << o.error().detail;
  auto names = [&] {
    std::vector<std::string> shown;
    for (const auto& t : organizations.get(o->id)->territories) shown.push_back(t.name);
    std::vector<std::string> listed;
    for (const auto& t : organizations.list({}, {})->items.front().territories) listed.push_back(t.name);
    EXPECT_EQ(shown, listed);
    return shown;
  };
  EXPECT_EQ(names(), (std::vector<std::string>{"Anjou", "Zèbre"}));
  ASSERT_TRUE(territories.update(kActor, anjou->id, {.name = "Zz\tNord"}));
  EXPECT_EQ(names(), (std::vector<std::string>{"Zèbre", "Zz\tNord"}));
  auth::Principal admin{"a", "a@x", "A", "fr", true, {}, {}, {}};
  ASSERT_TRUE(organizations.update(kActor, admin, o->id, {.territory_ids = std::vector<std::string>{lachine->id}}));
  EXPECT_EQ(names(), (std::vector<std::string>{"Lachine"}));
  ASSERT_TRUE(organizations.update(kActor, admin, o->id, {.territory_ids = std::vector<std::string>{}}));
  EXPECT_TRUE(names().empty());
}

FILET_ON_BOTH_ENGINES(OrganizationServiceTest);

}  // namespace
}  // namespace filet::core
