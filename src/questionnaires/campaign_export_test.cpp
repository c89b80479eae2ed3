// A campaign's answers laid out one column per item code (LimeSurvey's and KoboToolbox's
// layout): "other, specify" in its own column, a multiple choice's codes joined by a space,
// numbers as numbers, unanswered items empty.
#include "questionnaires/campaign_export.hpp"

#include <gtest/gtest.h>

#include "questionnaires/questionnaire_test_support.hpp"

namespace filet::questionnaires {
namespace {

TEST(CampaignExport, OneColumnPerItemCodeAndOneForOtherSpecify) {
  Version v = testing::appreciation();
  v.items[3].other_specify = true;  // pourquoi
  std::vector<std::string> titles;
  for (const auto& c : answer_columns(v)) titles.push_back(c.title);
  EXPECT_EQ(titles, (std::vector<std::string>{"q_accueil", "q_ecoute", "participe", "pourquoi", "pourquoi/other",
                                              "enfants", "revenu", "arrivee", "commentaire"}));
}

TEST(CampaignExport, ARowHoldsTheStoredValuesNumbersAsNumbers) {
  Version v = testing::appreciation();
  v.items[3].other_specify = true;
  const Answers answers{
      {"q_accueil", {{"4"}}}, {"participe", {{"non"}}}, {"pourquoi", {{"horaire", "other"}, "trop loin"}},
      {"enfants", {{"2"}}},   {"revenu", {{"1234.5"}}}, {"commentaire", {{"=1+1"}}}};
  const auto row = answer_row(v, answers);
  ASSERT_EQ(row.size(), answer_columns(v).size());
  EXPECT_EQ(std::get<std::string>(row[0]), "4");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(row[1]));  // q_ecoute: not answered
  EXPECT_EQ(std::get<std::string>(row[3]), "horaire other");
  EXPECT_EQ(std::get<std::string>(row[4]), "trop loin");
  EXPECT_EQ(std::get<int64_t>(row[5]), 2);
  EXPECT_DOUBLE_EQ(std::get<double>(row[6]), 1234.5);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(row[7]));
  EXPECT_EQ(std::get<std::string>(row[8]), "=1+1");  // defused by the writer, not here
}

}  // namespace
}  // namespace filet::questionnaires
