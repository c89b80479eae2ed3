#include "families/consent_rules.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace filet::families {
namespace {

TEST(ConsentGating, NothingWithoutAConsentOfThatPurpose) {
  std::vector<ConsentTerms> none;
  EXPECT_FALSE(consent_allows(none, "phone_or_text", "2026-05-01"));
  std::vector<ConsentTerms> photos{{"photos", "", "2026-01-01", ""}};
  EXPECT_FALSE(consent_allows(photos, "phone_or_text", "2026-05-01"));
  EXPECT_TRUE(consent_allows(photos, "photos", "2026-05-01"));
}

TEST(ConsentGating, HoldsFromTheDayGivenUntilTheDayWithdrawn) {
  std::vector<ConsentTerms> c{{"phone_or_text", "", "2026-03-10", "2026-06-01"}};
  EXPECT_FALSE(consent_allows(c, "phone_or_text", "2026-03-09"));
  EXPECT_TRUE(consent_allows(c, "phone_or_text", "2026-03-10"));
  EXPECT_TRUE(consent_allows(c, "phone_or_text", "2026-05-31"));
  EXPECT_FALSE(consent_allows(c, "phone_or_text", "2026-06-01"));
}

TEST(ConsentGating, SharingHoldsForTheNamedPartnerOnly) {
  std::vector<ConsentTerms> c{{"referral_sharing", "org-a", "2026-01-01", ""}};
  EXPECT_TRUE(consent_allows(c, "referral_sharing", "2026-02-01", "org-a"));
  EXPECT_FALSE(consent_allows(c, "referral_sharing", "2026-02-01", "org-b"));
  EXPECT_FALSE(consent_allows(c, "referral_sharing", "2026-02-01"));
}

TEST(ConsentGating, AWithdrawnConsentLeavesAnotherOneStanding) {
  std::vector<ConsentTerms> c{{"evaluation_data", "", "2025-01-01", "2025-06-01"},
                              {"evaluation_data", "", "2025-09-01", ""}};
  EXPECT_FALSE(consent_allows(c, "evaluation_data", "2025-07-01"));
  EXPECT_TRUE(consent_allows(c, "evaluation_data", "2025-10-01"));
}

}  // namespace
}  // namespace filet::families
