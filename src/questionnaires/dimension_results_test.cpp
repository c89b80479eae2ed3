// Cronbach's alpha and the dimension mean against values computed independently with Python's
// statistics module (sample variances), from six responses to three items:
//   rows = (4,3,4) (3,3,2) (2,1,2) (4,4,3) (1,2,1) (3,4,4)
//   alpha = 3/2 × (1 − Σ variance(item) / variance(total)) = 0.8863636363636365
//   mean of the responses' mean score = 2.7777777777777777
#include "questionnaires/dimension_results.hpp"

#include <gtest/gtest.h>

namespace filet::questionnaires {
namespace {

DimensionSums sums_of(const std::vector<std::vector<int64_t>>& rows) {
  DimensionSums s{"accueil", static_cast<int64_t>(rows.size()), 0, 0, {}};
  s.items.resize(rows.front().size());
  for (size_t j = 0; j < s.items.size(); ++j) s.items[j].item = "q" + std::to_string(j);
  for (const auto& row : rows) {
    int64_t total = 0;
    for (size_t j = 0; j < row.size(); ++j) {
      s.items[j].sum += row[j];
      s.items[j].squares += row[j] * row[j];
      total += row[j];
    }
    s.total_sum += total;
    s.total_squares += total * total;
  }
  return s;
}

const std::vector<std::vector<int64_t>> kRows{{4, 3, 4}, {3, 3, 2}, {2, 1, 2}, {4, 4, 3}, {1, 2, 1}, {3, 4, 4}};

TEST(DimensionResults, AlphaAndMeanMatchAnIndependentComputation) {
  auto r = dimension_result(sums_of(kRows), 3);
  ASSERT_TRUE(r) << r.error().detail;
  EXPECT_EQ(r->n, 6);
  EXPECT_EQ(r->items, 3);
  EXPECT_NEAR(*r->mean, 2.7777777777777777, 1e-12);
  EXPECT_NEAR(*r->alpha, 0.8863636363636365, 1e-12);
}

TEST(DimensionResults, CompleteResponsesAddUpFromTheScoresSqlJoins) {
  DimensionSums sums{"accueil", 0, 0, 0, {}};
  for (const auto& row : kRows) {
    std::string scores;
    for (size_t j = 0; j < row.size(); ++j)
      scores += (j ? " q" : "q") + std::to_string(j) + "=" + std::to_string(row[j]);
    ASSERT_TRUE(add_complete_response(sums, row[0] + row[1] + row[2], scores));
  }
  const DimensionSums expected = sums_of(kRows);
  EXPECT_EQ(sums.complete, expected.complete);
  EXPECT_EQ(sums.total_squares, expected.total_squares);
  ASSERT_EQ(sums.items.size(), 3u);
  EXPECT_EQ(sums.items[2].squares, expected.items[2].squares);
  EXPECT_NEAR(*dimension_result(sums, 3)->alpha, 0.8863636363636365, 1e-12);
  DimensionSums bad{"accueil", 0, 0, 0, {}};
  EXPECT_TRUE(add_complete_response(bad, 7, "q0=3 q1=4"));
  EXPECT_FALSE(add_complete_response(bad, 5, "q0=x"));
  EXPECT_FALSE(add_complete_response(bad, 5, "q0"));
  EXPECT_FALSE(add_complete_response(bad, 5, "q0=3 q1=3"));  // 6 ≠ 5
}

TEST(DimensionResults, PerfectlyConsistentItemsGiveAlphaOne) {
  // Every item the same answer in a response: alpha = 1 exactly.
  auto r = dimension_result(sums_of({{1, 1}, {2, 2}, {4, 4}, {3, 3}}), 2);
  EXPECT_NEAR(*r->alpha, 1.0, 1e-12);
}

TEST(DimensionResults, NoAlphaWithoutTwoItemsTwoResponsesOrVariance) {
  EXPECT_FALSE(dimension_result(sums_of({{3}, {4}, {2}}), 1)->alpha);      // one item
  EXPECT_FALSE(dimension_result(sums_of({{3, 4}}), 2)->alpha);             // one response
  EXPECT_TRUE(dimension_result(sums_of({{3, 4}}), 2)->mean);               // but a mean
  EXPECT_FALSE(dimension_result(sums_of({{3, 3}, {3, 3}}), 2)->alpha);     // totals all equal
  auto none = dimension_result(DimensionSums{"accueil", 0, 0, 0, {}}, 4);  // no complete response
  ASSERT_TRUE(none);
  EXPECT_EQ(none->n, 0);
  EXPECT_FALSE(none->mean);
}

TEST(DimensionResults, ItemSumsThatDoNotMatchTheDimensionAreAnError) {
  EXPECT_FALSE(dimension_result(sums_of(kRows), 4));  // 3 item sums for 4 items
  EXPECT_FALSE(dimension_result(sums_of(kRows), 0));
}

TEST(DimensionResults, SmallDimensionsAreHiddenOutsideTheOrganization) {
  auto r = *dimension_result(sums_of({{1, 2}, {2, 2}, {4, 3}, {3, 3}}), 2);
  hide_small_counts(r, 5);
  EXPECT_TRUE(r.hidden);
  EXPECT_EQ(r.n, 0);
  EXPECT_FALSE(r.mean);
  EXPECT_FALSE(r.alpha);
  auto kept = *dimension_result(sums_of(kRows), 3);
  hide_small_counts(kept, 5);
  EXPECT_FALSE(kept.hidden);
  EXPECT_TRUE(kept.alpha);
}

}  // namespace
}  // namespace filet::questionnaires
