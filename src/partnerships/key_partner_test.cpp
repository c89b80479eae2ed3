// The key partners' pure rules and summary: one partner (in Filet or typed in), a period in
// order, no code twice, overlapping periods; the summary's counts by category and role and by
// criterion, with small counts hidden only when asked.
#include <gtest/gtest.h>

#include "partnerships/key_partner.hpp"
#include "partnerships/key_partner_summary.hpp"

namespace filet::partnerships {
namespace {

std::vector<std::string> fields_of(const Result<void>& r) {
  std::vector<std::string> out;
  if (!r)
    for (const auto& f : r.error().fields) out.push_back(f.field);
  return out;
}

KeyPartner valid() {
  KeyPartner k;
  k.period_from = "2026-04-01";
  k.period_to = "2026-10-31";
  k.partner_name = "CLSC";
  return k;
}

TEST(KeyPartner, ExactlyOnePartnerAPeriodInOrderAndNoCodeTwice) {
  EXPECT_TRUE(check(valid()));
  KeyPartner both = valid();
  both.partner_organization_id = "00000000-0000-4000-8000-0000000000a1";
  EXPECT_EQ(fields_of(check(both)), (std::vector<std::string>{"partner_id"}));
  KeyPartner none = valid();
  none.partner_name.clear();
  EXPECT_EQ(fields_of(check(none)), (std::vector<std::string>{"partner_id"}));
  KeyPartner bad = valid();
  bad.period_to = "2026-03-31";
  bad.success_factors = {"mutual_trust", "mutual_trust"};
  bad.obstacles = {"lack_of_time", "lack_of_time"};
  EXPECT_EQ(fields_of(check(bad)), (std::vector<std::string>{"period_to", "success_factors", "partnership_obstacles"}));
}

TEST(KeyPartner, PeriodsOverlapWhenTheyShareADay) {
  EXPECT_TRUE(periods_overlap("2026-04-01", "2026-10-31", "2026-10-31", "2027-03-31"));
  EXPECT_FALSE(periods_overlap("2026-04-01", "2026-10-31", "2026-11-01", "2027-03-31"));
  EXPECT_TRUE(periods_overlap("2026-01-01", "2026-12-31", "2026-05-01", "2026-05-31"));
}

TEST(KeyPartner, ApplyChangesOnlyWhatIsGiven) {
  KeyPartner k = valid();
  k.links_families = true;
  KeyPartnerChanges c;
  c.difficult = true;
  c.obstacles = std::vector<std::string>{"staff_turnover"};
  apply(k, c);
  EXPECT_TRUE(k.links_families);
  EXPECT_TRUE(k.difficult);
  EXPECT_EQ(k.obstacles, (std::vector<std::string>{"staff_turnover"}));
  EXPECT_EQ(k.partner_name, "CLSC");
}

using Counts = std::vector<key_partner_repository::CategoryCounts>;

TEST(KeyPartnerSummary, CountsByCategoryRoleAndCriterion) {
  Counts counts{{"cisss_ciusss", "manager", 6, 6, 1, 0},
                {"community_organization", "manager", 7, 5, 7, 2},
                {"community_organization", "practitioner", 12, 10, 9, 3}};
  auto json = summary_json(counts, false);
  ASSERT_TRUE(json);
  const auto& rows = json->at("by_category").as_array();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].at("code").as_string(), "community_organization");
  EXPECT_EQ(rows[1].at("practitioner").at("count").as_int64(), 12);
  EXPECT_EQ(rows[1].at("total").at("count").as_int64(), 19);
  EXPECT_EQ(rows[0].at("practitioner").at("count").as_int64(), 0);
  EXPECT_EQ(json->at("by_role_total").at("total").at("count").as_int64(), 25);
  const auto& criteria = json->at("by_criterion").as_array();
  EXPECT_EQ(criteria[0].at("met").at("count").as_int64(), 21);
  EXPECT_EQ(criteria[0].at("not_met").at("count").as_int64(), 4);
  EXPECT_EQ(criteria[2].at("met").at("count").as_int64(), 5);
  EXPECT_TRUE(json->at("suppressed_below").is_null());
}

TEST(KeyPartnerSummary, SmallCountsHiddenWithTheirComplementWhenAsked) {
  Counts counts{{"cisss_ciusss", "manager", 6, 6, 1, 0},
                {"community_organization", "manager", 7, 5, 7, 2},
                {"community_organization", "practitioner", 12, 10, 9, 3},
                {"school", "practitioner", 2, 2, 0, 0}};
  auto json = summary_json(counts, true);
  ASSERT_TRUE(json);
  EXPECT_EQ(json->at("suppressed_below").as_int64(), 5);
  const auto& school = json->at("by_category").as_array()[2];
  EXPECT_EQ(school.at("code").as_string(), "school");
  EXPECT_TRUE(school.at("practitioner").at("count").is_null());
  EXPECT_EQ(school.at("practitioner").at("hidden").as_string(), "primary");
  // The school row's total would give its hidden count away: it is hidden too.
  EXPECT_TRUE(school.at("total").at("count").is_null());
  // 23 of 27 choices link families: the 4 that do not are hidden.
  const auto& links = json->at("by_criterion").as_array()[0];
  EXPECT_EQ(links.at("not_met").at("hidden").as_string(), "primary");
  EXPECT_TRUE(links.at("met").at("count").is_null()) << "else 27 - 23 gives it away";
}

}  // namespace
}  // namespace filet::partnerships
