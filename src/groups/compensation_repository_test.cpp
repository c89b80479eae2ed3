// Compensation's SQL on both engines: only those who plan the group reach it (a facilitator of
// the group and a manager of another organization find nothing), the organization paid through a
// participant is the participant's, a compare-and-set on the version, nulls kept as nulls.
#include "groups/compensation_repository.hpp"

#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"
#include "db/testing/two_organizations.hpp"
#include "groups/group_repository.hpp"

namespace filet::groups {
namespace {

namespace repo = compensation_repository;
using CompensationRepositoryTest = testing::EngineTest;
using testing::kOrgA;
using testing::kOrgB;

constexpr const char* kGroup = "00000000-0000-4000-8000-000000000901";
constexpr const char* kParticipant = "00000000-0000-4000-8000-000000000a01";
constexpr const char* kFacilitator = "00000000-0000-4000-8000-0000000000f1";
constexpr const char* kStamp = "2026-03-01T09:00:00.000Z";

Compensation paid(const char* id, const char* participant, const char* organization, int64_t cents,
                  const char* paid_on) {
  Compensation k;
  k.id = id;
  k.group_id = kGroup;
  k.participant_id = participant;
  k.payee_organization_id = organization;
  k.amount_cents = cents;
  k.paid_on = paid_on;
  k.created_at = k.updated_at = kStamp;
  return k;
}

TEST_P(CompensationRepositoryTest, OnlyThePlannersReachItAndTheTotalsFollowThePayee) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  testing::add_two_organizations(**c);
  ASSERT_TRUE(
      (*c)->execute("INSERT INTO users (id, email, name, search_key, password_hash, created_at, updated_at) VALUES (?, "
                    "'f@x', 'F', 'f', 'x', ?, ?)",
                    {kFacilitator, kStamp, kStamp}));
  auto host = auth::ScopeIssuer::for_host();
  auto all = host.on(**c);
  Group g;
  g.id = kGroup;
  g.organization_id = kOrgA;
  g.name = "Cohorte";
  g.kind = "co_development";
  g.facilitator_ids = {kFacilitator};
  g.created_at = g.updated_at = kStamp;
  ASSERT_TRUE(group_repository::insert_group(all, g));
  ASSERT_TRUE(group_repository::insert_participant(
      all, {kParticipant, kGroup, "practitioner", "Léa", kOrgB, "registered", kStamp, kStamp, 1}));
  ASSERT_TRUE(repo::insert(all, paid("00000000-0000-4000-8000-000000000c01", "", kOrgA, 7550, "")));
  ASSERT_TRUE(repo::insert(all, paid("00000000-0000-4000-8000-000000000c02", kParticipant, "", 15000, "2026-02-01")));

  auto manager = testing::member_of(auth::Role::manager, kOrgA);
  auto manager_scope = testing::scope_of(manager);
  auto as_manager = manager_scope.on(**c);
  auto reach = auth::compensation_reach(manager, manager_scope);
  auto page = repo::list(as_manager, reach, kGroup, {});
  ASSERT_TRUE(page);
  EXPECT_EQ(page->total, 2);
  auto lines = repo::lines(as_manager, reach, "");
  ASSERT_TRUE(lines);
  ASSERT_EQ(lines->size(), 2u);
  auto totals = compensation_totals(*lines);
  ASSERT_EQ(totals.organizations.size(), 2u);
  for (const auto& t : totals.organizations) {
    if (t.id == kOrgB)
      EXPECT_EQ(t.paid_cents, 15000);  // through the participant's organization
    else
      EXPECT_EQ(t.to_pay_cents, 7550);
  }

  auto facilitator = testing::member_of(auth::Role::facilitator, kOrgA);
  facilitator.user_id = kFacilitator;
  auto facilitator_scope = testing::scope_of(facilitator);
  auto as_facilitator = facilitator_scope.on(**c);
  auto facilitator_reach = auth::compensation_reach(facilitator, facilitator_scope);
  EXPECT_EQ(repo::list(as_facilitator, facilitator_reach, kGroup, {})->total, 0);
  EXPECT_TRUE(repo::lines(as_facilitator, facilitator_reach, "")->empty());
  auto other = testing::member_of(auth::Role::manager, kOrgB);
  auto other_scope = testing::scope_of(other);
  auto as_other = other_scope.on(**c);
  EXPECT_EQ(repo::find(as_other, auth::compensation_reach(other, other_scope), "00000000-0000-4000-8000-000000000c01")
                .error()
                .code,
            ErrorCode::not_found);
}

TEST_P(CompensationRepositoryTest, UpdatesCompareAndSetAndKeepNulls) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  testing::add_two_organizations(**c);
  auto host = auth::ScopeIssuer::for_host();
  auto all = host.on(**c);
  Group g;
  g.id = kGroup;
  g.organization_id = kOrgA;
  g.name = "Cohorte";
  g.created_at = g.updated_at = kStamp;
  ASSERT_TRUE(group_repository::insert_group(all, g));
  auto k = paid("00000000-0000-4000-8000-000000000c01", "", kOrgA, 1200, "");
  ASSERT_TRUE(repo::insert(all, k));
  auto manager = testing::member_of(auth::Role::manager, kOrgA);
  auto scope = testing::scope_of(manager);
  auto reach = auth::compensation_reach(manager, scope);
  auto read = repo::find(all, reach, k.id);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->paid_on, "");
  EXPECT_EQ(read->session_id, "");
  read->paid_on = "2026-03-02";
  ASSERT_TRUE(repo::update(all, *read));
  EXPECT_EQ(repo::update(all, *read).error().code, ErrorCode::version_conflict);
  auto again = repo::find(all, reach, k.id);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->version, 2);
  EXPECT_EQ(again->paid_on, "2026-03-02");
  EXPECT_EQ(again->amount_cents, 1200);
}

FILET_ON_BOTH_ENGINES(CompensationRepositoryTest);

}  // namespace
}  // namespace filet::groups
