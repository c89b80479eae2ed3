// The response rate and the attributes a response keeps of its respondent.
#include "questionnaires/campaign_population.hpp"

#include <gtest/gtest.h>

namespace filet::questionnaires {
namespace {

TEST(ResponseRate, IsAnsweredOverInvitedAndNoneWithoutInvitees) {
  EXPECT_FALSE(response_rate(0, 0));
  EXPECT_DOUBLE_EQ(*response_rate(0, 8), 0.0);
  EXPECT_DOUBLE_EQ(*response_rate(3, 12), 0.25);
  EXPECT_DOUBLE_EQ(*response_rate(12, 12), 1.0);
}

std::vector<Attributes> population() {
  std::vector<Attributes> out;
  for (int i = 0; i < 6; ++i) out.push_back({"community_family", "urban", "2026-A"});
  for (int i = 0; i < 5; ++i) out.push_back({"community_family", "rural", "2026-B"});
  for (int i = 0; i < 2; ++i) out.push_back({"health", "rural", "2026-B"});
  return out;
}

TEST(CapturedAttributes, IdentifiedCampaignsKeepThemAll) {
  const Attributes mine{"health", "rural", "2026-B"};
  EXPECT_EQ(captured_attributes(mine, population(), 5, false), mine);
}

TEST(CapturedAttributes, AnonymousKeepsWhatAtLeastKInviteesShare) {
  // Six share all three values: all kept.
  EXPECT_EQ(captured_attributes({"community_family", "urban", "2026-A"}, population(), 5, true),
            (Attributes{"community_family", "urban", "2026-A"}));
  // Two health invitees: cohort, setting then sector dropped (the sector alone is still 2 < 5).
  EXPECT_EQ(captured_attributes({"health", "rural", "2026-B"}, population(), 5, true), Attributes{});
  // With k = 2 the two health invitees are enough.
  EXPECT_EQ(captured_attributes({"health", "rural", "2026-B"}, population(), 2, true),
            (Attributes{"health", "rural", "2026-B"}));
  // Five share community_family, rural, 2026-B: kept at k = 5; at k = 6 the cohort and the
  // setting go (still five), the sector stays (eleven share it).
  EXPECT_EQ(captured_attributes({"community_family", "rural", "2026-B"}, population(), 5, true),
            (Attributes{"community_family", "rural", "2026-B"}));
  EXPECT_EQ(captured_attributes({"community_family", "rural", "2026-B"}, population(), 6, true),
            (Attributes{"community_family", "", ""}));
}

TEST(AttributeOf, NamesOnlyTheKnownAttributes) {
  EXPECT_EQ(attribute_of("attr:sector"), "sector");
  EXPECT_EQ(attribute_of("attr:cohort"), "cohort");
  EXPECT_FALSE(attribute_of("attr:name"));
  EXPECT_FALSE(attribute_of("sector"));
  EXPECT_FALSE(attribute_of("attr:"));
}

}  // namespace
}  // namespace filet::questionnaires
