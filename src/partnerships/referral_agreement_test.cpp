// A referral agreement's own rules: two different organizations, the review after the start, a
// named contact reachable; only active agreements past their review date are due.
#include "partnerships/referral_agreement.hpp"

#include <gtest/gtest.h>

namespace filet::partnerships {
namespace {

std::vector<std::string> fields_of(const Result<void>& r) {
  std::vector<std::string> out;
  if (!r)
    for (const auto& f : r.error().fields) out.push_back(f.field);
  return out;
}

ReferralAgreement valid() {
  ReferralAgreement a;
  a.organization_id = "a";
  a.other_organization_id = "b";
  a.starts_on = "2026-01-15";
  a.review_on = "2027-01-15";
  a.contact = {"Line Tremblay", "Coordonnatrice", "514-555-0101", ""};
  return a;
}

TEST(ReferralAgreement, TwoOrganizationsAReviewAfterTheStartAndReachableContacts) {
  EXPECT_TRUE(check(valid()));
  ReferralAgreement bad = valid();
  bad.other_organization_id = "a";
  bad.review_on = "2026-01-14";
  bad.contact.phone.clear();
  bad.other_contact.name = "Marc";
  EXPECT_EQ(fields_of(check(bad)),
            (std::vector<std::string>{"other_organization_id", "review_on", "contact_phone", "other_contact_phone"}));
  ReferralAgreement by_email = valid();
  by_email.contact.phone.clear();
  by_email.contact.email = "line@example.org";
  EXPECT_TRUE(check(by_email));
  ReferralAgreement no_review = valid();
  no_review.review_on.clear();
  EXPECT_TRUE(check(no_review));
}

TEST(ReferralAgreement, OnlyActiveAgreementsPastTheirReviewAreDue) {
  EXPECT_TRUE(review_due("active", "2026-12-06", "2026-12-07"));
  EXPECT_FALSE(review_due("active", "2026-12-07", "2026-12-07"));
  EXPECT_FALSE(review_due("draft", "2026-01-01", "2026-12-07"));
  EXPECT_FALSE(review_due("ended", "2026-01-01", "2026-12-07"));
  EXPECT_FALSE(review_due("active", "", "2026-12-07"));
}

TEST(ReferralAgreement, ApplyChangesEachSidesContactApart) {
  ReferralAgreement a = valid();
  AgreementChanges c;
  c.other_contact_email = "marc@example.org";
  c.status = "active";
  apply(a, c);
  EXPECT_EQ(a.other_contact.email, "marc@example.org");
  EXPECT_EQ(a.contact.email, "");
  EXPECT_EQ(a.contact.phone, "514-555-0101");
  EXPECT_EQ(a.status, "active");
}

}  // namespace
}  // namespace filet::partnerships
