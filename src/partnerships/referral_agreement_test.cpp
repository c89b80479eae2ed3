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
  a.contacts = {{"Line Tremblay", "Coordonnatrice", "514-555-0101", ""}};
  return a;
}

TEST(ReferralAgreement, TwoOrganizationsAReviewAfterTheStartAndReachableContacts) {
  EXPECT_TRUE(check(valid()));
  ReferralAgreement bad = valid();
  bad.other_organization_id = "a";
  bad.review_on = "2026-01-14";
  bad.contacts[0].phone.clear();
  bad.other_contacts = {{"Marc", "", "", "marc@example.org"}, {"Julie", "Intervenante", "", ""}};
  EXPECT_EQ(fields_of(check(bad)), (std::vector<std::string>{"other_organization_id", "review_on", "contacts[0].phone",
                                                             "other_contacts[1].phone"}));
  ReferralAgreement by_email = valid();
  by_email.contacts[0].phone.clear();
  by_email.contacts[0].email = "line@example.org";
  EXPECT_TRUE(check(by_email));
  ReferralAgreement no_review = valid();
  no_review.review_on.clear();
  EXPECT_TRUE(check(no_review));
}

TEST(ReferralAgreement, AtMostFiveContactsASide) {
  ReferralAgreement a = valid();
  a.other_contacts.assign(kMaxContactsPerSide, {"Marc", "", "514-555-0102", ""});
  EXPECT_TRUE(check(a));
  a.other_contacts.push_back({"Un de trop", "", "514-555-0103", ""});
  EXPECT_EQ(fields_of(check(a)), std::vector<std::string>{"other_contacts"});
}

TEST(ReferralAgreement, OnlyActiveAgreementsPastTheirReviewAreDue) {
  EXPECT_TRUE(review_due("active", "2026-12-06", "2026-12-07"));
  EXPECT_FALSE(review_due("active", "2026-12-07", "2026-12-07"));
  EXPECT_FALSE(review_due("draft", "2026-01-01", "2026-12-07"));
  EXPECT_FALSE(review_due("ended", "2026-01-01", "2026-12-07"));
  EXPECT_FALSE(review_due("active", "", "2026-12-07"));
}

TEST(ReferralAgreement, ApplyReplacesEachSidesContactsApart) {
  ReferralAgreement a = valid();
  AgreementChanges c;
  c.other_contacts = std::vector<AgreementContact>{{"Marc", "", "", "marc@example.org"}};
  c.status = "active";
  apply(a, c);
  ASSERT_EQ(a.other_contacts.size(), 1u);
  EXPECT_EQ(a.other_contacts[0].email, "marc@example.org");
  ASSERT_EQ(a.contacts.size(), 1u);  // the other side's list, untouched
  EXPECT_EQ(a.contacts[0].phone, "514-555-0101");
  EXPECT_EQ(a.status, "active");
}

}  // namespace
}  // namespace filet::partnerships
