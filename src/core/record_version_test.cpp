// Optimistic versions on both engines: an update names the version it was made against; a stale
// one changes nothing and carries the record as it is now.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "core/organization_repository.hpp"
#include "core/organization_service.hpp"
#include "core/program_service.hpp"
#include "core/territory_service.hpp"
#include "core/user_service.hpp"
#include "db/testing/test_database.hpp"

namespace filet::core {
namespace {

using RecordVersionTest = testing::EngineTest;
const audit::Actor kActor{"", "test", "req-1"};
const auth::Principal kAdmin{"a", "a@x", "A", "fr", true, {}, {}, {}};

boost::json::object current_of(const Error& error) {
  return boost::json::parse(error.current).as_object();
}

TEST_P(RecordVersionTest, AStaleVersionChangesNothingAndCarriesTheCurrentRecord) {
  OrganizationService organizations(pool());
  auto o = organizations.create(kActor, {.name = "Maison de la famille", .sector = "community_family"});
  ASSERT_TRUE(o);
  EXPECT_EQ(o->version, 1);
  // Two people opened version 1; the first saves.
  auto first = organizations.update(kActor, kAdmin, o->id, {.name = "Maison des familles", .version = 1});
  ASSERT_TRUE(first) << first.error().detail;
  EXPECT_EQ(first->version, 2);
  // The second's change, made against version 1, comes too late.
  auto second = organizations.update(kActor, kAdmin, o->id, {.email = "info@example.org", .version = 1});
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::version_conflict);
  auto current = current_of(second.error());
  EXPECT_EQ(current.at("name").as_string(), "Maison des familles");
  EXPECT_EQ(current.at("version").as_int64(), 2);
  auto kept = organizations.get(o->id);
  EXPECT_EQ(kept->name, "Maison des familles");
  EXPECT_EQ(kept->email, "");
  EXPECT_EQ(kept->version, 2);
  // Made again against the current version, it goes through.
  auto again = organizations.update(kActor, kAdmin, o->id, {.email = "info@example.org", .version = 2});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->version, 3);
}

TEST_P(RecordVersionTest, AnUpdateWithoutVersionAppliesToTheCurrentOneAndCountsToo) {
  OrganizationService organizations(pool());
  auto o = organizations.create(kActor, {.name = "Bibliothèque", .sector = "library"});
  ASSERT_TRUE(o);
  auto renamed = organizations.update(kActor, kAdmin, o->id, {.name = "Bibliothèque du quartier"});
  ASSERT_TRUE(renamed);
  EXPECT_EQ(renamed->version, 2);
  auto closed = organizations.update(kActor, kAdmin, o->id, {.active = false});  // a deactivation
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->version, 3);
}

TEST_P(RecordVersionTest, TheRepositoryComparesAndSetsInOneStatement) {
  // The race the service's first check cannot see: another change commits between its read and
  // its write. The write names the version read and finds no row.
  OrganizationService organizations(pool());
  auto o = organizations.create(kActor, {.name = "Table de quartier", .sector = "round_table"});
  ASSERT_TRUE(o);
  auto read = *o;
  ASSERT_TRUE(organizations.update(kActor, kAdmin, o->id, {.name = "Table de concertation"}));
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  read.name = "Écrasé";
  auto lost = organization_repository::update(**c, read);
  ASSERT_FALSE(lost);
  EXPECT_EQ(lost.error().code, ErrorCode::version_conflict);
  EXPECT_EQ(organizations.get(o->id)->name, "Table de concertation");
  read.version = 2;
  ASSERT_TRUE(organization_repository::update(**c, read));
  EXPECT_EQ(organizations.get(o->id)->version, 3);
}

TEST_P(RecordVersionTest, TerritoriesProgramsAndAccountsFollowTheSameRule) {
  TerritoryService territories(pool());
  auto t = territories.create(kActor, {.name = "Verdun", .kind = "territory", .setting = "urban"});
  ASSERT_TRUE(t);
  ASSERT_TRUE(territories.update(kActor, t->id, {.setting = "mixed", .version = 1}));
  auto stale_territory = territories.update(kActor, t->id, {.name = "Verdun-Est", .version = 1});
  ASSERT_FALSE(stale_territory);
  EXPECT_EQ(stale_territory.error().code, ErrorCode::version_conflict);
  EXPECT_EQ(current_of(stale_territory.error()).at("setting").as_string(), "mixed");
  EXPECT_EQ(territories.get(t->id)->name, "Verdun");

  ProgramService programs(pool());
  auto p = programs.create(kActor, {.name = "Agents de milieu", .starts_on = "2026-04-01"});
  ASSERT_TRUE(p);
  ASSERT_TRUE(programs.update(kActor, p->id, {.description = "Premier", .version = 1}));
  auto stale_program = programs.update(kActor, p->id, {.description = "Second", .version = 1});
  ASSERT_FALSE(stale_program);
  EXPECT_EQ(stale_program.error().code, ErrorCode::version_conflict);
  EXPECT_EQ(programs.get(p->id)->description, "Premier");

  UserService users(pool());
  auto u = users.create(kActor, {.email = "lea@example.org", .name = "Léa", .password = "une phrase de passe longue"});
  ASSERT_TRUE(u) << u.error().detail;
  ASSERT_TRUE(users.update(kActor, u->id, {.name = "Léa T.", .version = 1}));
  auto stale_user = users.update(kActor, u->id, {.locale = "en", .version = 1});
  ASSERT_FALSE(stale_user);
  EXPECT_EQ(stale_user.error().code, ErrorCode::version_conflict);
  EXPECT_EQ(current_of(stale_user.error()).at("name").as_string(), "Léa T.");
  EXPECT_EQ(users.get(kActor, u->id)->locale, "fr");
}

FILET_ON_BOTH_ENGINES(RecordVersionTest);

}  // namespace
}  // namespace filet::core
