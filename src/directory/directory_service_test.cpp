#include "directory/directory_service.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <string>

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "core/organization_service.hpp"
#include "core/program_service.hpp"
#include "db/testing/test_database.hpp"

namespace filet::directory {
namespace {

const audit::Actor kActor{"", "test", "req-1"};

auth::Principal with(auth::Role role, const std::string& organization_id) {
  return auth::Principal{"u", "u@x", "U", "fr", false, {{organization_id, "Org", role}}, {}, {}};
}

class DirectoryServiceTest : public testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    core::OrganizationService organizations(pool());
    auto a = organizations.create(kActor, {.name = "Maison de la famille", .sector = "community_family"});
    auto b = organizations.create(kActor, {.name = "Bibliothèque", .sector = "library"});
    auto table = organizations.create(kActor, {.name = "Table de quartier", .sector = "round_table"});
    ASSERT_TRUE(a && b && table);
    home = a->id;
    library = b->id;
    round_table = table->id;
    // The round table coordinates a program the family house is part of; the library is not.
    core::ProgramChanges program{.name = "Agents de milieu", .starts_on = "2026-04-01"};
    program.organization_ids = std::vector<std::string>{round_table, home};
    ASSERT_TRUE(core::ProgramService(pool()).create(kActor, program));
  }

  Result<Service> create(const auth::Principal& who, const std::string& organization_id, ServiceChanges changes = {}) {
    changes.organization_id = organization_id;
    if (!changes.name_fr) changes.name_fr = "Halte-garderie";
    return DirectoryService(pool()).create(kActor, scope_of(who), changes);
  }

  // The request's scope of `who`, as the front door makes it.
  db::Scope scope_of(const auth::Principal& who) {
    auto c = pool().acquire();
    EXPECT_TRUE(c);
    auto scope = auth::ScopeIssuer::for_principal(**c, who);
    EXPECT_TRUE(scope);
    return std::move(*scope);
  }

  // Puts the waiting list's date back, as if it had been set long ago.
  void date_waiting_list(const std::string& id, const std::string& day) {
    auto c = pool().acquire();
    ASSERT_TRUE((*c)->execute("UPDATE services SET waiting_list_as_of = ? WHERE id = ?", {day, id}));
  }

  std::string home, library, round_table;
  auth::Principal admin{"a", "a@x", "Admin", "fr", true, {}, {}, {}};
};

TEST_P(DirectoryServiceTest, ManagersEditTheirOwnOrganizationsServicesOnly) {
  auto manager = with(auth::Role::manager, home);
  auto mine = create(manager, home);
  ASSERT_TRUE(mine) << mine.error().detail;
  EXPECT_EQ(create(manager, library).error().code, ErrorCode::forbidden);
  auto theirs = create(admin, library);
  ASSERT_TRUE(theirs);
  EXPECT_EQ(DirectoryService(pool()).update(kActor, scope_of(manager), theirs->id, {.name_fr = "Pris"}).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(DirectoryService(pool()).verify(kActor, manager, scope_of(manager), theirs->id).error().code,
            ErrorCode::forbidden);
  EXPECT_TRUE(DirectoryService(pool()).verify(kActor, manager, scope_of(manager), mine->id));
  // Moving a service needs the right to edit both organizations.
  EXPECT_EQ(
      DirectoryService(pool()).update(kActor, scope_of(manager), mine->id, {.organization_id = library}).error().code,
      ErrorCode::forbidden);
  EXPECT_EQ(DirectoryService(pool()).get(mine->id)->organization_id, home);
  EXPECT_TRUE(DirectoryService(pool()).update(kActor, scope_of(admin), mine->id, {.organization_id = library}));
}

TEST_P(DirectoryServiceTest, PractitionersDoNotEditAndCoordinatorsEditTheirProgramsOrganizations) {
  EXPECT_EQ(create(with(auth::Role::practitioner, home), home).error().code, ErrorCode::forbidden);
  auto coordinator = with(auth::Role::coordinator, round_table);
  EXPECT_TRUE(create(coordinator, home)) << "the family house is in the round table's program";
  EXPECT_EQ(create(coordinator, library).error().code, ErrorCode::forbidden);
  // Only coordinator memberships reach through programs: coordinating at the library (in no
  // program) and practising at the house grant no editing at the house.
  auto both = with(auth::Role::coordinator, library);
  both.memberships.push_back({home, "Org", auth::Role::practitioner});
  EXPECT_EQ(create(both, home).error().code, ErrorCode::forbidden);
}

TEST_P(DirectoryServiceTest, ReferencesMustExistAndAgesBeInOrder) {
  EXPECT_EQ(create(admin, "00000000-0000-4000-8000-000000000000").error().fields.front().code, FieldCode::not_found);
  ServiceChanges ages;
  ages.minimum_age = std::optional<int64_t>(12);
  ages.maximum_age = std::optional<int64_t>(5);
  auto backwards = create(admin, home, ages);
  ASSERT_FALSE(backwards);
  EXPECT_EQ(backwards.error().fields.front().field, "maximum_age");
  ServiceChanges unnamed;
  unnamed.name_fr = "";
  EXPECT_EQ(create(admin, home, unnamed).error().fields.front().field, "name_fr");
  ServiceChanges needs;
  needs.need_ids = std::vector<std::string>{"not-a-need"};
  EXPECT_EQ(create(admin, home, needs).error().fields.front().field, "need_ids");
}

TEST_P(DirectoryServiceTest, AStaleVersionOfAServiceChangesNothingAndEveryChangeCounts) {
  DirectoryService directory(pool());
  auto s = create(admin, home);
  ASSERT_TRUE(s) << s.error().detail;
  EXPECT_EQ(s->version, 1);
  auto first = directory.update(kActor, scope_of(admin), s->id, {.name_fr = "Halte-garderie du samedi", .version = 1});
  ASSERT_TRUE(first);
  EXPECT_EQ(first->version, 2);
  auto second = directory.update(kActor, scope_of(admin), s->id, {.email = "halte@example.org", .version = 1});
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::version_conflict);
  auto current = boost::json::parse(second.error().current).as_object();
  EXPECT_EQ(current.at("name_fr").as_string(), "Halte-garderie du samedi");
  EXPECT_EQ(current.at("version").as_int64(), 2);
  EXPECT_EQ(directory.get(s->id)->email, "");
  // The waiting list (a PATCH without version, as old clients send it) and the verification count.
  ServiceChanges waiting;
  waiting.waiting_list_status = "closed";
  EXPECT_EQ(directory.update(kActor, scope_of(admin), s->id, waiting)->version, 3);
  EXPECT_EQ(directory.verify(kActor, admin, scope_of(admin), s->id)->version, 4);
}

TEST_P(DirectoryServiceTest, TheWaitingListIsDatedWhenItChangesOnly) {
  DirectoryService directory(pool());
  std::string before = clock::now_iso().substr(0, 10);
  ServiceChanges waiting;
  waiting.waiting_list_status = "waiting";
  waiting.waiting_list_delay_days = std::optional<int64_t>(30);
  auto s = create(admin, home, waiting);
  ASSERT_TRUE(s) << s.error().detail;
  std::string after = clock::now_iso().substr(0, 10);
  auto today = [&](const std::string& day) {
    return day == before || day == after || day == clock::now_iso().substr(0, 10);
  };
  EXPECT_TRUE(today(s->waiting_list_as_of)) << s->waiting_list_as_of;
  EXPECT_EQ(s->waiting_list_delay_days, 30);

  date_waiting_list(s->id, "2020-01-15");
  auto renamed = directory.update(kActor, scope_of(admin), s->id, {.name_fr = "Halte-garderie du samedi"});
  ASSERT_TRUE(renamed);
  EXPECT_EQ(renamed->waiting_list_as_of, "2020-01-15") << "another change keeps the date";
  ServiceChanges same;
  same.waiting_list_status = "waiting";
  same.waiting_list_delay_days = std::optional<int64_t>(30);
  EXPECT_EQ(directory.update(kActor, scope_of(admin), s->id, same)->waiting_list_as_of, "2020-01-15")
      << "the same status and delay again keep the date";

  ServiceChanges longer;
  longer.waiting_list_delay_days = std::optional<int64_t>(60);
  auto delayed = directory.update(kActor, scope_of(admin), s->id, longer);
  ASSERT_TRUE(delayed);
  EXPECT_TRUE(today(delayed->waiting_list_as_of)) << "a new delay is dated";
  EXPECT_EQ(delayed->waiting_list_delay_days, 60);

  date_waiting_list(s->id, "2020-01-15");
  ServiceChanges open;
  open.waiting_list_status = "open";
  auto opened = directory.update(kActor, scope_of(admin), s->id, open);
  ASSERT_TRUE(opened);
  EXPECT_TRUE(today(opened->waiting_list_as_of)) << "a new status is dated";
  EXPECT_FALSE(opened->waiting_list_delay_days) << "an open list has no delay";

  auto plain = create(admin, home);
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->waiting_list_status, "open");
  EXPECT_TRUE(plain->waiting_list_as_of.empty()) << "never dated until someone states it";
}

FILET_ON_BOTH_ENGINES(DirectoryServiceTest);

}  // namespace
}  // namespace filet::directory
