// The counts and sums results are computed from, on both engines: grouped by the answer to a
// single-choice item (the groups add up to everyone), and the dimension sums over complete
// responses, whose alpha is checked against Python's statistics module.
#include "questionnaires/results_repository.hpp"

#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"
#include "questionnaires/campaign_test_support.hpp"
#include "questionnaires/results_assembly.hpp"

namespace filet::questionnaires {
namespace {

using ResultsRepositoryTest = filet::testing::EngineTest;
using namespace testing::campaign;

TEST_P(ResultsRepositoryTest, CountsGroupTheAnswersOfItemsWithOptions) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  prepare(**c);
  // 2 × 1, 3 × 2, 5 × 3, 10 × 4 and 3 "ne sais pas" (mean 3.15, sample SD 1.0399898784932577).
  const std::vector<std::pair<std::string, int>> scale{{"1", 2}, {"2", 3}, {"3", 5}, {"4", 10}, {"nsp", 3}};
  int n = 0;
  for (const auto& [code, times] : scale)
    for (int i = 0; i < times; ++i, ++n) {
      Answers a{{"q_accueil", {{code}}}, {"participe", {{n % 3 == 0 ? "non" : "oui"}}}, {"commentaire", {{"Merci !"}}}};
      if (n % 3 == 0) a["pourquoi"] = n % 2 == 0 ? Answer{{"horaire", "transport"}} : Answer{{"horaire"}};
      ASSERT_TRUE(campaign_repository::record_response(**c, kCampaign, "2026-03-0" + std::to_string(1 + n % 9), a));
    }
  auto scope = manager_scope(kOrgA);
  auto s = scope.on(**c);
  auto campaign = campaign_repository::find(s, kCampaign);
  ASSERT_TRUE(campaign);
  auto grouped = results_repository::counts(s, *campaign, counted_items(testing::appreciation()));
  ASSERT_TRUE(grouped) << grouped.error().detail;
  ASSERT_EQ(grouped->size(), 1u);  // no `by`: everyone in the group ""
  const auto* counts = &grouped->at("");
  EXPECT_EQ(counts->responses, 23);
  EXPECT_FALSE(counts->values.contains("commentaire"));  // texts are not counted
  const Version v = testing::appreciation();
  auto likert = likert_result(v.items[0], counts->values.at("q_accueil"));
  ASSERT_TRUE(likert);
  EXPECT_EQ(likert->n, 20);
  EXPECT_EQ(likert->off_scale, 3);
  EXPECT_NEAR(*likert->mean, 3.15, 1e-12);
  EXPECT_NEAR(*likert->sd, 1.0399898784932577, 1e-12);
  // n = 0, 3, …, 21: 8 answered "non", then "pourquoi"; even n both reasons (0, 6, 12, 18), odd n one.
  EXPECT_EQ(counts->respondents.at("pourquoi"), 8);
  auto why = choice_result(v.items[3], counts->values.at("pourquoi"), counts->respondents.at("pourquoi"));
  ASSERT_TRUE(why);
  EXPECT_EQ(why->options[0].count, 8);  // horaire
  EXPECT_EQ(why->options[1].count, 4);  // transport

  // By the answer to "participe": n % 3 == 0 said "non" (8), the others "oui" (15); all answered
  // it, so the groups add up to everyone, item by item.
  auto by = results_repository::counts(s, *campaign, counted_items(testing::appreciation()), "participe");
  ASSERT_TRUE(by) << by.error().detail;
  ASSERT_EQ(by->size(), 2u);
  EXPECT_EQ(by->at("non").responses, 8);
  EXPECT_EQ(by->at("oui").responses, 15);
  EXPECT_EQ(by->at("non").respondents.at("pourquoi"), 8);
  EXPECT_FALSE(by->at("oui").respondents.contains("pourquoi"));
  int64_t sum = 0;
  for (const auto& [group, c] : *by)
    for (const ValueCount& v : c.values.at("q_accueil")) sum += v.count;
  EXPECT_EQ(sum, 23);
}

TEST_P(ResultsRepositoryTest, DimensionSumsCountOnlyResponsesCompleteOnTheScale) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  prepare(**c);
  // "accueil" has two Likert items. Six complete responses, the even ones "oui":
  //   everyone: alpha 0.8285714285714285, mean 2.8333333333333335;
  //   "oui" (rows 0, 2, 4): alpha 0.7499999999999998, mean 2.1666666666666665.
  const std::vector<std::pair<int, int>> rows{{4, 3}, {3, 3}, {2, 1}, {4, 4}, {1, 2}, {3, 4}};
  for (size_t i = 0; i < rows.size(); ++i)
    ASSERT_TRUE(campaign_repository::record_response(**c, kCampaign, "2026-03-02",
                                                     {{"q_accueil", {{std::to_string(rows[i].first)}}},
                                                      {"q_ecoute", {{std::to_string(rows[i].second)}}},
                                                      {"participe", {{i % 2 == 0 ? "oui" : "non"}}}}));
  // Incomplete on the dimension: one item left out, one "ne sais pas".
  ASSERT_TRUE(campaign_repository::record_response(**c, kCampaign, "2026-03-02", {{"q_accueil", {{"4"}}}}));
  ASSERT_TRUE(campaign_repository::record_response(**c, kCampaign, "2026-03-02",
                                                   {{"q_accueil", {{"1"}}}, {"q_ecoute", {{"nsp"}}}}));
  auto scope = manager_scope(kOrgA);
  auto s = scope.on(**c);
  auto campaign = campaign_repository::find(s, kCampaign);
  ASSERT_TRUE(campaign);
  auto all = results_repository::dimension_sums(s, *campaign);
  ASSERT_TRUE(all) << all.error().detail;
  const DimensionSums& d = all->at("").at("accueil");
  EXPECT_EQ(d.complete, 6);
  ASSERT_EQ(d.items.size(), 2u);
  auto r = dimension_result(d, 2);
  ASSERT_TRUE(r) << r.error().detail;
  EXPECT_NEAR(*r->alpha, 0.8285714285714285, 1e-9);
  EXPECT_NEAR(*r->mean, 2.8333333333333335, 1e-9);
  EXPECT_FALSE(all->at("").contains("profil"));  // no Likert item there

  auto by = results_repository::dimension_sums(s, *campaign, "participe");
  ASSERT_TRUE(by) << by.error().detail;
  auto oui = dimension_result(by->at("oui").at("accueil"), 2);
  EXPECT_EQ(oui->n, 3);
  EXPECT_NEAR(*oui->alpha, 0.7499999999999998, 1e-9);
  EXPECT_NEAR(*oui->mean, 2.1666666666666665, 1e-9);
  EXPECT_FALSE(by->contains(""));  // the two incomplete ones, without "participe": no complete response
}

FILET_ON_BOTH_ENGINES(ResultsRepositoryTest);

}  // namespace
}  // namespace filet::questionnaires
