// The referral agreements' SQL on both engines: both organizations read an agreement, a third
// does not; a coordinator whose programs hold either reads it; versions are compare-and-set.
#include "partnerships/agreement_repository.hpp"

#include <gtest/gtest.h>

#include "core/organization_repository.hpp"
#include "db/testing/test_database.hpp"
#include "db/testing/two_organizations.hpp"

namespace filet::partnerships {
namespace {

namespace repo = agreement_repository;
using AgreementRepositoryTest = testing::EngineTest;

using testing::kOrgA;
using testing::kOrgB;
using testing::scope_of;

constexpr const char* kOrgC = "00000000-0000-4000-8000-0000000000c1";
constexpr const char* kAgreement = "00000000-0000-4000-8000-00000000a701";

TEST_P(AgreementRepositoryTest, BothSidesReadItAThirdOrganizationDoesNot) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  testing::add_two_organizations(**c);
  core::Organization third{kOrgC, "Org C", "community_family"};
  third.created_at = third.updated_at = "2026-01-01T00:00:00Z";
  ASSERT_TRUE(core::organization_repository::insert(**c, third, {}));
  auto scope_a = scope_of(auth::Role::manager, kOrgA);
  auto scope_b = scope_of(auth::Role::practitioner, kOrgB);
  auto scope_c = scope_of(auth::Role::manager, kOrgC);
  auto scope_coordinator = scope_of(auth::Role::coordinator, kOrgA);
  auto in_a = scope_a.on(**c);
  auto in_b = scope_b.on(**c);
  auto in_c = scope_c.on(**c);
  auto in_coordinator = scope_coordinator.on(**c);

  ReferralAgreement a;
  a.id = kAgreement;
  a.organization_id = kOrgA;
  a.other_organization_id = kOrgB;
  a.contacts = {{"Line", "Coordonnatrice", "514-555-0101", ""}};
  a.other_contacts = {{"Marc", "", "", "marc@example.org"}, {"Accueil", "", "514-555-0130", ""}};
  a.what_is_shared = "Les coordonnées de la famille, avec son accord";
  a.starts_on = "2026-01-15";
  a.review_on = "2026-06-15";
  a.status = "active";
  a.created_at = a.updated_at = "2026-01-15T09:00:00.000Z";
  EXPECT_FALSE(repo::insert(in_c, a)) << "C changes neither organization";
  ASSERT_TRUE(repo::insert(in_a, a));

  auto found = repo::find(in_b, kAgreement);
  ASSERT_TRUE(found) << found.error().detail;
  EXPECT_EQ(found->organization_name, std::string("Org ") + kOrgA);
  ASSERT_EQ(found->contacts.size(), 1u);
  EXPECT_EQ(found->contacts[0].phone, "514-555-0101");
  ASSERT_EQ(found->other_contacts.size(), 2u);  // each side's, in order
  EXPECT_EQ(found->other_contacts[1].name, "Accueil");
  EXPECT_EQ(repo::list(in_a, {}, {})->items.front().other_contacts.size(), 2u);
  EXPECT_EQ(found->review_on, "2026-06-15");
  EXPECT_EQ(repo::find(in_c, kAgreement).error().code, ErrorCode::not_found);
  EXPECT_TRUE(repo::find(in_coordinator, kAgreement));
  EXPECT_EQ(repo::list(in_a, {}, {})->total, 1);
  EXPECT_EQ(repo::list(in_b, {.organization_id = kOrgB}, {})->total, 1);
  EXPECT_EQ(repo::list(in_b, {.status = "draft"}, {})->total, 0);
  EXPECT_EQ(repo::list(in_c, {}, {})->total, 0);

  ReferralAgreement changed = *found;
  changed.status = "ended";
  changed.review_on.clear();
  ASSERT_TRUE(repo::update(in_b, changed));
  EXPECT_EQ(repo::update(in_b, changed).error().code, ErrorCode::version_conflict);
  EXPECT_EQ(repo::update(in_c, changed).error().code, ErrorCode::not_found);
  auto now = repo::find(in_a, kAgreement);
  EXPECT_EQ(now->version, 2);
  EXPECT_EQ(now->status, "ended");
  EXPECT_EQ(now->review_on, "");
}

FILET_ON_BOTH_ENGINES(AgreementRepositoryTest);

}  // namespace
}  // namespace filet::partnerships
