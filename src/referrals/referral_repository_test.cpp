// The referrals' SQL on both engines: the sender reads its referrals; the receiver only once sent
// and while the family's consent to share with it holds (withdrawn: gone); nobody else; the boxes
// and the overdue filter; versions are compare-and-set; steps are kept in the order taken.
#include "referrals/referral_repository.hpp"

#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"
#include "db/testing/two_organizations.hpp"
#include "families/entry_repository.hpp"
#include "families/family_repository.hpp"

namespace filet::referrals {
namespace {

namespace repo = referral_repository;
using ReferralRepositoryTest = testing::EngineTest;

using testing::add_two_organizations;
using testing::kOrgA;
using testing::kOrgB;
using testing::scope_of;

constexpr const char* kFamily = "00000000-0000-4000-8000-00000000f001";
constexpr const char* kReferral = "00000000-0000-4000-8000-00000000e001";
constexpr const char* kToday = "2026-03-10";

Referral referral() {
  Referral r;
  r.id = kReferral;
  r.organization_id = kOrgA;
  r.family_id = kFamily;
  r.to_organization_id = kOrgB;
  r.need_ids = {"need-food", "need-housing"};
  r.urgency = "soon";
  r.message = "Famille nouvellement arrivée";
  r.created_at = r.updated_at = "2026-03-01T09:00:00.000Z";
  return r;
}

families::Consent sharing_with_b(const std::string& withdrawn_on) {
  families::Consent k;
  k.id = "00000000-0000-4000-8000-00000000c001";
  k.organization_id = kOrgA;
  k.family_id = kFamily;
  k.purpose = "referral_sharing";
  k.partner_organization_id = kOrgB;
  k.given_on = "2026-03-01";
  k.given_how = "verbal";
  k.withdrawn_on = withdrawn_on;
  k.created_at = k.updated_at = "2026-03-01T09:00:00.000Z";
  return k;
}

TEST_P(ReferralRepositoryTest, TheSenderReadsItTheReceiverOnlyOnceSentAndWhileTheConsentHolds) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_two_organizations(**c);
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
  Referral r = referral();
  EXPECT_FALSE(repo::insert(in_b, r)) << "B cannot make a referral of A's family";
  ASSERT_TRUE(repo::insert(in_a, r));

  auto found = repo::find(in_a, kReferral, kToday);
  ASSERT_TRUE(found) << found.error().detail;
  EXPECT_EQ(found->family_code, "BAKO42");
  EXPECT_EQ(found->need_ids, (std::vector<std::string>{"need-food", "need-housing"}));
  EXPECT_EQ(found->status, "draft");
  // A draft stays with the sender, even with the consent.
  ASSERT_TRUE(families::entry_repository::insert(in_a, sharing_with_b("")));
  EXPECT_EQ(repo::find(in_b, kReferral, kToday).error().code, ErrorCode::not_found);

  r.status = "sent";
  r.sent_at = "2026-03-01T10:00:00.000Z";
  ASSERT_TRUE(repo::update(in_a, r, kToday));
  auto received = repo::find(in_b, kReferral, kToday);
  ASSERT_TRUE(received) << received.error().detail;
  EXPECT_EQ(received->version, 2);
  EXPECT_EQ(repo::find(in_coordinator, kReferral, kToday).error().code, ErrorCode::not_found);
  // Before the consent was given, the receiver reads nothing.
  EXPECT_EQ(repo::find(in_b, kReferral, "2026-02-28").error().code, ErrorCode::not_found);

  // The boxes: A's sent box and B's inbox; the overdue filter (sent before the cutoff).
  repo::Filters sent_box{.box = "sent"}, inbox{.box = "received"};
  EXPECT_EQ(repo::list(in_a, sent_box, {}, kToday)->total, 1);
  EXPECT_EQ(repo::list(in_a, inbox, {}, kToday)->total, 0);
  EXPECT_EQ(repo::list(in_b, inbox, {}, kToday)->total, 1);
  EXPECT_EQ(repo::list(in_b, sent_box, {}, kToday)->total, 0);
  EXPECT_EQ(repo::list(in_coordinator, {}, {}, kToday)->total, 0);
  repo::Filters overdue{.overdue = true, .overdue_before = "2026-03-03"};
  EXPECT_EQ(repo::list(in_b, overdue, {}, kToday)->total, 1);
  overdue.overdue_before = "2026-03-01";
  EXPECT_EQ(repo::list(in_b, overdue, {}, kToday)->total, 0);

  // Versions: the receiver's change from version 2 goes through, a second one from 2 does not.
  Referral answered = *received;
  answered.status = "acknowledged";
  answered.acknowledged_at = "2026-03-02T08:00:00.000Z";
  ASSERT_TRUE(repo::update(in_b, answered, kToday));
  EXPECT_EQ(repo::update(in_b, answered, kToday).error().code, ErrorCode::version_conflict);

  // Steps in the order taken, whatever their ids.
  for (auto [id, from, to] : {std::tuple{"00000000-0000-4000-8000-0000000000f9", "", "draft"},
                              std::tuple{"00000000-0000-4000-8000-0000000000f1", "draft", "sent"},
                              std::tuple{"00000000-0000-4000-8000-0000000000f5", "sent", "acknowledged"}})
    ASSERT_TRUE(
        repo::insert_transition(in_a, {id, kReferral, from, to, "", "", "", kOrgA, "2026-03-02T08:00:00.000Z"}));
  auto steps = repo::transitions_of(in_b, kReferral, kToday);
  ASSERT_TRUE(steps);
  ASSERT_EQ(steps->size(), 3u);
  EXPECT_EQ((*steps)[0].to_status, "draft");
  EXPECT_EQ((*steps)[0].from_status, "");
  EXPECT_EQ((*steps)[2].to_status, "acknowledged");

  // The consent withdrawn: the receiver loses the referral and its steps; the sender keeps them.
  auto withdrawn = sharing_with_b("2026-03-05");
  withdrawn.version = 1;
  ASSERT_TRUE(families::entry_repository::update(in_a, withdrawn));
  EXPECT_EQ(repo::find(in_b, kReferral, kToday).error().code, ErrorCode::not_found);
  EXPECT_EQ(repo::transitions_of(in_b, kReferral, kToday).error().code, ErrorCode::not_found);
  EXPECT_EQ(repo::list(in_b, inbox, {}, kToday)->total, 0);
  EXPECT_TRUE(repo::find(in_a, kReferral, kToday));
  // The day before the withdrawal it still held.
  EXPECT_TRUE(repo::find(in_b, kReferral, "2026-03-04"));
}

// The receiver's access follows the consents by date, whatever their number: one given on a
// later day opens it that day, two separated by a gap close it in between, and a referral made
// before the consents were written is brought in step by them.
TEST_P(ReferralRepositoryTest, TheReceiverReadsItOnTheDaysAConsentHolds) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_two_organizations(**c);
  auto scope_a = scope_of(auth::Role::practitioner, kOrgA);
  auto scope_b = scope_of(auth::Role::manager, kOrgB);
  auto in_a = scope_a.on(**c);
  auto in_b = scope_b.on(**c);
  families::Family f;
  f.id = kFamily;
  f.organization_id = kOrgA;
  f.code = "BAKO42";
  f.created_at = f.updated_at = "2026-01-01T09:00:00.000Z";
  ASSERT_TRUE(families::family_repository::insert(in_a, f, ""));
  Referral r = referral();
  r.status = "sent";
  r.sent_at = "2026-01-05T10:00:00.000Z";
  ASSERT_TRUE(repo::insert(in_a, r));
  repo::Filters inbox{.box = "received"};
  auto reads = [&](const char* day) {
    EXPECT_EQ(repo::list(in_b, inbox, {}, day)->total, repo::find(in_b, kReferral, day) ? 1 : 0) << day;
    return repo::find(in_b, kReferral, day).has_value();
  };
  EXPECT_FALSE(reads("2026-01-10")) << "no consent yet";

  auto first = sharing_with_b("2026-02-01");
  first.given_on = "2026-01-20";  // a later day than the referral
  ASSERT_TRUE(families::entry_repository::insert(in_a, first));
  EXPECT_FALSE(reads("2026-01-19"));
  EXPECT_TRUE(reads("2026-01-20"));
  EXPECT_FALSE(reads("2026-02-01")) << "withdrawn that day";

  auto second = sharing_with_b("");
  second.id = "00000000-0000-4000-8000-00000000c002";
  second.given_on = "2026-03-01";
  ASSERT_TRUE(families::entry_repository::insert(in_a, second));
  EXPECT_TRUE(reads("2026-01-25"));
  EXPECT_FALSE(reads("2026-02-15")) << "between the two consents";
  EXPECT_TRUE(reads("2026-03-01"));
  EXPECT_TRUE(reads("2030-01-01"));

  second.withdrawn_on = "2026-04-01";
  second.version = 1;
  ASSERT_TRUE(families::entry_repository::update(in_a, second));
  EXPECT_TRUE(reads("2026-03-31"));
  EXPECT_FALSE(reads("2026-04-01"));
  EXPECT_TRUE(repo::find(in_a, kReferral, "2026-04-01")) << "the sender keeps it";
}

FILET_ON_BOTH_ENGINES(ReferralRepositoryTest);

}  // namespace
}  // namespace filet::referrals
