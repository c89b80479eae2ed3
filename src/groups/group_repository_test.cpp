// Groups' SQL on both engines: a facilitator reaches only the groups they facilitate (not the
// other groups of their organization), coordinators their programs' organizations' groups, a
// manager their organization's participants in a group planned elsewhere; sessions, attendance
// and the logbook's compare-and-set.
#include "groups/group_repository.hpp"

#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"
#include "db/testing/two_organizations.hpp"
#include "groups/session_repository.hpp"

namespace filet::groups {
namespace {

namespace repo = group_repository;
using GroupRepositoryTest = testing::EngineTest;
using testing::kOrgA;
using testing::kOrgB;

constexpr const char* kFacilitator = "00000000-0000-4000-8000-0000000000f1";
constexpr const char* kFacilitated = "00000000-0000-4000-8000-000000000901";
constexpr const char* kOther = "00000000-0000-4000-8000-000000000902";
constexpr const char* kStamp = "2026-03-01T09:00:00.000Z";

Group group(const char* id, const char* org, std::vector<std::string> facilitators) {
  Group g;
  g.id = id;
  g.organization_id = org;
  g.name = std::string("Groupe ") + id;
  g.kind = "co_development";
  g.facilitator_ids = std::move(facilitators);
  g.created_at = g.updated_at = kStamp;
  return g;
}

auth::Principal person(auth::Role role, const char* org, const char* user_id = "u") {
  auto p = testing::member_of(role, org);
  p.user_id = user_id;
  return p;
}

TEST_P(GroupRepositoryTest, AFacilitatorReachesOnlyTheGroupsTheyFacilitate) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  testing::add_two_organizations(**c);
  ASSERT_TRUE(
      (*c)->execute("INSERT INTO users (id, email, name, search_key, password_hash, created_at, updated_at) VALUES (?, "
                    "'f@x', 'F', 'f', 'x', ?, ?)",
                    {kFacilitator, kStamp, kStamp}));
  auto host = auth::ScopeIssuer::for_host();
  auto all = host.on(**c);
  ASSERT_TRUE(repo::insert_group(all, group(kFacilitated, kOrgA, {kFacilitator})));
  ASSERT_TRUE(repo::insert_group(all, group(kOther, kOrgA, {})));

  auto facilitator = person(auth::Role::facilitator, kOrgA, kFacilitator);
  auto facilitator_scope = testing::scope_of(facilitator);
  auto as_facilitator = facilitator_scope.on(**c);
  auto reach = auth::group_reach(facilitator, facilitator_scope);
  auto page = repo::list_groups(as_facilitator, reach, {}, {});
  ASSERT_TRUE(page);
  ASSERT_EQ(page->total, 1);
  EXPECT_EQ(page->items[0].id, kFacilitated);
  EXPECT_EQ(page->items[0].facilitator_ids, std::vector<std::string>{kFacilitator});
  EXPECT_EQ(repo::find_group(as_facilitator, reach, kOther).error().code, ErrorCode::not_found);

  // A coordinator of B reads A's groups through the program; a manager of B does not.
  auto coordinator = person(auth::Role::coordinator, kOrgB);
  auto coordinator_scope = testing::scope_of(coordinator);
  auto as_coordinator = coordinator_scope.on(**c);
  EXPECT_EQ(repo::list_groups(as_coordinator, auth::group_reach(coordinator, coordinator_scope), {}, {})->total, 2);
  auto manager = person(auth::Role::manager, kOrgB);
  auto manager_scope = testing::scope_of(manager);
  auto as_manager = manager_scope.on(**c);
  auto manager_reach = auth::group_reach(manager, manager_scope);
  EXPECT_EQ(repo::list_groups(as_manager, manager_reach, {}, {})->total, 0);

  // ... but B's manager sees B's participants of A's group, and only those.
  Participant from_b{
      "00000000-0000-4000-8000-000000000a01", kOther, "practitioner", "Léa", kOrgB, "registered", kStamp, kStamp, 1};
  Participant from_a{
      "00000000-0000-4000-8000-000000000a02", kOther, "practitioner", "Sam", kOrgA, "registered", kStamp, kStamp, 1};
  ASSERT_TRUE(repo::insert_participant(all, from_b));
  ASSERT_TRUE(repo::insert_participant(all, from_a));
  auto seen = repo::list_participants(as_manager, manager_reach, kOther, {});
  ASSERT_TRUE(seen);
  ASSERT_EQ(seen->total, 1);
  EXPECT_EQ(seen->items[0].label, "Léa");
  EXPECT_EQ(repo::list_participants(as_facilitator, reach, "", {})->total, 0);
}

TEST_P(GroupRepositoryTest, SessionsAttendanceAndTheLogbookKeepTheirVersions) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  testing::add_two_organizations(**c);
  auto host = auth::ScopeIssuer::for_host();
  auto all = host.on(**c);
  ASSERT_TRUE(repo::insert_group(all, group(kOther, kOrgA, {})));
  Participant p{
      "00000000-0000-4000-8000-000000000a01", kOther, "parent", "BAKO42", "", "registered", kStamp, kStamp, 1};
  ASSERT_TRUE(repo::insert_participant(all, p));
  Session s;
  s.id = "00000000-0000-4000-8000-000000000b01";
  s.group_id = kOther;
  s.number = 1;
  s.held_on = "2026-03-10";
  s.theme = "Accueil";
  s.created_at = s.updated_at = kStamp;
  ASSERT_TRUE(repo::insert_session(all, s));
  s.delivered_items = {"tour de table"};
  s.children_in_care = 3;
  s.attendance_taken = true;
  ASSERT_TRUE(repo::update_session(all, s));
  EXPECT_EQ(repo::update_session(all, s).error().code, ErrorCode::version_conflict);  // version 1 is gone
  ASSERT_TRUE(session_repository::replace_presences(all, s.id, {{p.id, "present"}}));
  auto read = repo::sessions_of(all, kOther);
  ASSERT_TRUE(read);
  ASSERT_EQ(read->size(), 1u);
  EXPECT_EQ((*read)[0].version, 2);
  EXPECT_EQ((*read)[0].delivered_items, std::vector<std::string>{"tour de table"});
  EXPECT_TRUE((*read)[0].attendance_taken);
  EXPECT_EQ(session_repository::presences_of_group(all, kOther)->size(), 1u);

  auto empty = session_repository::logbook_of(all, s.id);
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->version, 0);
  Logbook l = *empty;
  l.grid[1].rating = 4;
  l.grid[1].comment = "Climat de confiance rapidement installé";
  l.notes = "Une pratique prometteuse : le parrainage.";
  l.updated_at = kStamp;
  ASSERT_TRUE(session_repository::save_logbook(all, l, 0));
  EXPECT_EQ(session_repository::save_logbook(all, l, 0).error().code, ErrorCode::version_conflict);
  ASSERT_TRUE(session_repository::save_logbook(all, l, 1));
  auto kept = session_repository::logbook_of(all, s.id);
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->version, 2);
  EXPECT_EQ(kept->grid[1].dimension, "trust");
  EXPECT_EQ(kept->grid[1].rating, 4);
  EXPECT_EQ(kept->grid[1].comment, "Climat de confiance rapidement installé");
  EXPECT_FALSE(kept->grid[0].rating);
}

FILET_ON_BOTH_ENGINES(GroupRepositoryTest);

}  // namespace
}  // namespace filet::groups
