#include "groups/family_link.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace filet::groups {
namespace {

using families::ConsentTerms;

TEST(FamilyLink, OnlyAParentWithTheConsentOfAFamilyReadIdentified) {
  const std::vector<ConsentTerms> given{{"group_participation", "", "2026-03-01", ""}};
  EXPECT_EQ(family_link_refusal("parent", true, given, "2026-03-02"), std::nullopt);
  EXPECT_EQ(family_link_refusal("parent", true, given, "2026-03-01"), std::nullopt) << "given that day";
  EXPECT_EQ(family_link_refusal("practitioner", true, given, "2026-03-02"), FieldCode::invalid_value);
  EXPECT_EQ(family_link_refusal("guest", true, given, "2026-03-02"), FieldCode::invalid_value);
  EXPECT_EQ(family_link_refusal("parent", false, given, "2026-03-02"), FieldCode::not_found)
      << "a family outside the reader's identified scope is as unknown";
}

TEST(FamilyLink, NeedsTheGroupParticipationConsentHoldingThatDay) {
  EXPECT_EQ(family_link_refusal("parent", true, {}, "2026-03-02"), FieldCode::consent_missing);
  const std::vector<ConsentTerms> other{{"evaluation_data", "", "2026-01-01", ""}, {"photos", "", "2026-01-01", ""}};
  EXPECT_EQ(family_link_refusal("parent", true, other, "2026-03-02"), FieldCode::consent_missing)
      << "another purpose does not cover it";
  const std::vector<ConsentTerms> later{{"group_participation", "", "2026-03-03", ""}};
  EXPECT_EQ(family_link_refusal("parent", true, later, "2026-03-02"), FieldCode::consent_missing);
  const std::vector<ConsentTerms> withdrawn{{"group_participation", "", "2026-01-01", "2026-03-02"}};
  EXPECT_EQ(family_link_refusal("parent", true, withdrawn, "2026-03-02"), FieldCode::consent_missing);
  EXPECT_EQ(family_link_refusal("parent", true, withdrawn, "2026-03-01"), std::nullopt) << "before its withdrawal";
  const std::vector<ConsentTerms> again{{"group_participation", "", "2026-01-01", "2026-02-01"},
                                        {"group_participation", "", "2026-02-15", ""}};
  EXPECT_EQ(family_link_refusal("parent", true, again, "2026-03-02"), std::nullopt) << "given again";
}

}  // namespace
}  // namespace filet::groups
