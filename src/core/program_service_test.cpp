#include "core/program_service.hpp"

#include <gtest/gtest.h>

#include "core/organization_service.hpp"
#include "db/testing/test_database.hpp"

namespace filet::core {
namespace {

using ProgramServiceTest = testing::EngineTest;
const audit::Actor kActor{"", "test", "req-1"};

TEST_P(ProgramServiceTest, KeepsMembersAndFundersAndReplacesThemWhole) {
  OrganizationService organizations(pool());
  ProgramService programs(pool());
  auto a = organizations.create(kActor, {.name = "Maison de la famille", .sector = "community_family"});
  auto b = organizations.create(kActor, {.name = "Bibliothèque", .sector = "library"});
  ASSERT_TRUE(a && b);
  ProgramChanges changes{.name = "Agents de milieu", .starts_on = "2026-04-01", .ends_on = "2027-03-31"};
  changes.organization_ids = std::vector<std::string>{a->id, b->id};
  changes.funders = std::vector<std::string>{"Avenir d'enfants", "Ville"};
  auto p = programs.create(kActor, changes);
  ASSERT_TRUE(p) << p.error().detail;
  EXPECT_EQ(p->organizations.size(), 2u);
  EXPECT_EQ(p->funders.size(), 2u);

  ProgramChanges fewer;
  fewer.organization_ids = std::vector<std::string>{b->id};
  auto updated = programs.update(kActor, p->id, fewer);
  ASSERT_TRUE(updated);
  ASSERT_EQ(updated->organizations.size(), 1u);
  EXPECT_EQ(updated->organizations.front().name, "Bibliothèque");
  EXPECT_EQ(updated->funders.size(), 2u) << "funders untouched when not named";
  EXPECT_EQ(updated->name, "Agents de milieu");
}

TEST_P(ProgramServiceTest, RefusesAnEndBeforeTheStartAndUnknownMembersWithoutWriting) {
  ProgramService programs(pool());
  auto backwards = programs.create(kActor, {.name = "P", .starts_on = "2026-04-01", .ends_on = "2026-03-31"});
  ASSERT_FALSE(backwards);
  EXPECT_EQ(backwards.error().fields.front().field, "ends_on");
  EXPECT_EQ(backwards.error().fields.front().code, FieldCode::before_start);

  ProgramChanges unknown{.name = "P", .starts_on = "2026-04-01"};
  unknown.organization_ids = std::vector<std::string>{"00000000-0000-4000-8000-000000000000"};
  auto refused = programs.create(kActor, unknown);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.front().field, "organization_ids");
  EXPECT_EQ(programs.list({})->total, 0);
}

TEST_P(ProgramServiceTest, AnOpenEndedProgramHasNoEnd) {
  ProgramService programs(pool());
  auto p = programs.create(kActor, {.name = "Table de quartier", .starts_on = "2025-09-01"});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->ends_on.empty());
  auto closed = programs.update(kActor, p->id, {.ends_on = "2025-08-31"});
  ASSERT_FALSE(closed) << "an end before the start is refused on update too";
  EXPECT_TRUE(programs.get(p->id)->ends_on.empty());
}

FILET_ON_BOTH_ENGINES(ProgramServiceTest);

}  // namespace
}  // namespace filet::core
