// Results read outside the organization, grouped: a small group shows nothing, and never can a
// hidden figure be recovered by subtracting the shown groups from everyone's.
#include "questionnaires/results_suppression.hpp"

#include <gtest/gtest.h>

#include "questionnaires/questionnaire_test_support.hpp"

namespace filet::questionnaires {
namespace {

using testing::appreciation;

// One set of responses answering q_accueil with `scale` counts (options 1, 2, 3, 4, nsp), and a
// dimension of `complete` responses.
ResultSet set_of(int64_t responses, const std::vector<int64_t>& scale, int64_t complete) {
  const Item item = appreciation().items[0];
  std::vector<ValueCount> counts;
  for (size_t i = 0; i < scale.size(); ++i) counts.push_back({item.options[i].code, scale[i]});
  ResultSet s;
  s.responses = responses;
  s.items.push_back({item.code, item.kind, *likert_result(item, counts), std::nullopt});
  s.dimensions.push_back({"accueil", 2, complete, 3.0, complete > 1 ? std::optional<double>(0.8) : std::nullopt});
  return s;
}

CampaignResults grouped(const std::vector<ResultSet>& groups, const ResultSet& all) {
  CampaignResults r;
  r.by = "participe";
  r.everyone = all;
  for (size_t i = 0; i < groups.size(); ++i) r.groups.push_back({"g" + std::to_string(i), groups[i]});
  return r;
}

TEST(ResultsSuppression, ASmallGroupAndItsComplementShowNothingEveryoneStays) {
  // Groups of 3 and 20; everyone 23. Showing the 20 would give the 3 by subtraction.
  auto r = grouped({set_of(3, {0, 1, 1, 1, 0}, 3), set_of(20, {2, 3, 5, 8, 2}, 18)}, set_of(23, {2, 4, 6, 9, 2}, 21));
  ASSERT_TRUE(hide_small_counts(r, 5));
  for (const GroupResult& g : r.groups) {
    EXPECT_FALSE(g.results.responses) << g.value;
    EXPECT_TRUE(g.results.items[0].likert->hidden) << g.value;
    EXPECT_FALSE(g.results.items[0].likert->mean) << g.value;
    EXPECT_TRUE(g.results.dimensions[0].hidden) << g.value;
  }
  EXPECT_EQ(r.everyone.responses, 23);
  EXPECT_FALSE(r.everyone.items[0].likert->hidden);
  EXPECT_TRUE(r.everyone.items[0].likert->mean);
  EXPECT_FALSE(r.everyone.dimensions[0].hidden);
}

TEST(ResultsSuppression, NoLineOfTheGroupTableKeepsASingleHiddenCount) {
  // Three groups of 12, 10 and 9; option counts with small cells spread across them.
  auto r = grouped({set_of(12, {1, 2, 4, 5, 0}, 12), set_of(10, {0, 3, 3, 4, 0}, 10), set_of(9, {0, 0, 5, 4, 0}, 9)},
                   set_of(31, {1, 5, 12, 13, 0}, 31));
  ASSERT_TRUE(hide_small_counts(r, 5));
  // Each option column (groups, then everyone as the total) and each group's row (options, then
  // the group's n) holds zero or at least two hidden entries.
  for (size_t c = 0; c < 5; ++c) {
    int hidden = 0;
    for (const GroupResult& g : r.groups) hidden += !g.results.items[0].likert->options[c].count;
    hidden += !r.everyone.items[0].likert->options[c].count;
    EXPECT_NE(hidden, 1) << "option " << c;
  }
  for (const GroupResult& g : r.groups) {
    const LikertResult& l = *g.results.items[0].likert;
    int hidden = l.hidden ? 1 : 0;
    for (const OptionResult& o : l.options) hidden += !o.count;
    EXPECT_NE(hidden, 1) << g.value;
    EXPECT_TRUE(g.results.responses) << g.value;  // every group has at least k responses
  }
  // Group 0's single "1" is hidden, and so is a second entry of its row and of its column.
  EXPECT_FALSE(r.groups[0].results.items[0].likert->options[0].count);
  EXPECT_FALSE(r.everyone.items[0].likert->options[0].count);
}

TEST(ResultsSuppression, DimensionsByGroupGoThroughTheirOwnList) {
  // Complete on the dimension: 4 and 12 of groups of 10 and 12; the 4 is hidden, so is the 12.
  auto r =
      grouped({set_of(10, {0, 0, 5, 5, 0}, 4), set_of(12, {0, 0, 6, 6, 0}, 12)}, set_of(22, {0, 0, 11, 11, 0}, 16));
  ASSERT_TRUE(hide_small_counts(r, 5));
  EXPECT_TRUE(r.groups[0].results.dimensions[0].hidden);
  EXPECT_TRUE(r.groups[1].results.dimensions[0].hidden);
  EXPECT_FALSE(r.everyone.dimensions[0].hidden);
  EXPECT_EQ(r.everyone.dimensions[0].n, 16);
  EXPECT_TRUE(r.groups[0].results.responses);  // the groups themselves are large enough
}

TEST(ResultsSuppression, WithoutGroupsEveryoneUnderKShowsNothing) {
  CampaignResults r;
  r.everyone = set_of(4, {0, 1, 1, 2, 0}, 4);
  ASSERT_TRUE(hide_small_counts(r, 5));
  EXPECT_FALSE(r.everyone.responses);
  EXPECT_TRUE(r.everyone.items[0].likert->hidden);
  EXPECT_TRUE(r.everyone.dimensions[0].hidden);
}

TEST(ResultsSuppression, GroupsThatDoNotMatchEveryoneAreAnError) {
  auto r = grouped({set_of(10, {0, 0, 5, 5, 0}, 10)}, set_of(10, {0, 0, 5, 5, 0}, 10));
  r.groups[0].results.items.clear();
  EXPECT_FALSE(hide_small_counts(r, 5));
}

}  // namespace
}  // namespace filet::questionnaires
