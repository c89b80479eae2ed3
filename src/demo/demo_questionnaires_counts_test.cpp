// The demo's answer arithmetic: counts whose mean and SD match a seed's table, shares split into
// whole answers, and answers given by propensity.
#include "demo/demo_questionnaires_counts.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

namespace filet::demo {
namespace {

TEST(DemoQuestionnairesCounts, MomentsAreTheSampleMeanAndSd) {
  // 2 × 1, 3 × 2, 5 × 3, 10 × 4: mean 3.15, SD (n − 1) 1.0399898784932577 (by hand, as in R's sd()).
  const Moments m = moments_of({2, 3, 5, 10});
  EXPECT_NEAR(m.mean, 3.15, 1e-12);
  EXPECT_NEAR(m.sd, 1.0399898784932577, 1e-12);
  EXPECT_EQ(moments_of({0, 0, 0, 0}).mean, 0);
  EXPECT_EQ(moments_of({0, 0, 0, 1}).sd, 0);
}

TEST(DemoQuestionnairesCounts, CountsMatchAnExactTarget) {
  // 30 × 4 and 1 × 3 give 3.9677 (0.1796): the annex's 3,97 (0,18).
  EXPECT_EQ(likert_counts_for(3.97, 0.18, 31), (std::vector<int>{0, 0, 1, 30}));
  // A target reached exactly is found back exactly: {1, 2, 8, 20} and {0, 5, 5, 21} share their
  // sum (109) and sum of squares (401), so the first in lexicographic order is given.
  const Moments m = moments_of({1, 2, 8, 20});
  const auto counts = likert_counts_for(m.mean, m.sd, 31);
  EXPECT_EQ(counts, (std::vector<int>{0, 5, 5, 21}));
  EXPECT_NEAR(moments_of(counts).mean, m.mean, 1e-12);
  EXPECT_NEAR(moments_of(counts).sd, m.sd, 1e-12);
}

TEST(DemoQuestionnairesCounts, EveryAnnexLikeTargetComesWithinTolerance) {
  // Seed 000's extremes: a high mean with a large SD, a low SD, a mean near the middle.
  for (auto [mean, sd] : {std::pair{3.94, 0.36}, {3.88, 0.34}, {3.55, 0.51}, {3.59, 0.67}, {2.5, 1.1}}) {
    const auto counts = likert_counts_for(mean, sd, 31);
    EXPECT_EQ(std::accumulate(counts.begin(), counts.end(), 0), 31);
    const Moments m = moments_of(counts);
    EXPECT_LE(std::abs(m.mean - mean), 0.05) << mean << " " << sd;
    EXPECT_LE(std::abs(m.sd - sd), 0.1) << mean << " " << sd;
  }
  EXPECT_EQ(likert_counts_for(3, 0, 5, 1, 5), (std::vector<int>{0, 0, 5, 0, 0}));  // other scales too
}

TEST(DemoQuestionnairesCounts, ApportionKeepsTheTotalAndTheShares) {
  EXPECT_EQ(apportion({0.10, 0.90}, 31), (std::vector<int>{3, 28}));
  EXPECT_EQ(apportion({1, 1, 1}, 10), (std::vector<int>{4, 3, 3}));  // the tie to the earliest
  EXPECT_EQ(apportion({0.84, 0.16}, 49), (std::vector<int>{41, 8}));
  EXPECT_EQ(apportion({0, 5}, 7), (std::vector<int>{0, 7}));
}

TEST(DemoQuestionnairesCounts, HigherPropensityGetsHigherAnswers) {
  std::mt19937_64 rng(7);
  const std::vector<double> propensity{0.9, 0.1, 0.5, 0.7, 0.3};
  auto given = assign_by_propensity({1, 2, 2}, propensity, 0.0, rng);
  EXPECT_EQ(given, (std::vector<int>{2, 0, 1, 2, 1}));
  // With noise the multiset of answers stays the counts', and the same seed gives the same answers.
  std::mt19937_64 a(11), b(11);
  auto first = assign_by_propensity({1, 2, 2}, propensity, 1.0, a);
  EXPECT_EQ(first, assign_by_propensity({1, 2, 2}, propensity, 1.0, b));
  std::sort(first.begin(), first.end());
  EXPECT_EQ(first, (std::vector<int>{0, 1, 1, 2, 2}));
}

}  // namespace
}  // namespace filet::demo
