// From SQL's counts to results: which items group, the groups' order, and the responses that did
// not answer `by` obtained by subtraction.
#include "questionnaires/results_assembly.hpp"

#include <gtest/gtest.h>

#include "questionnaires/questionnaire_test_support.hpp"

namespace filet::questionnaires {
namespace {

using results_repository::Counts;
using testing::appreciation;

TEST(ResultsAssembly, OnlyASingleChoiceGroupsTheResponses) {
  const Version v = appreciation();
  EXPECT_TRUE(check_grouping(v, ""));
  EXPECT_TRUE(check_grouping(v, "participe"));
  EXPECT_TRUE(check_grouping(v, "attr:cohort"));
  for (const char* by : {"q_accueil", "pourquoi", "enfants", "inconnu", "attr:name", "attr:"}) {
    auto refused = check_grouping(v, by);
    ASSERT_FALSE(refused) << by;
    EXPECT_EQ(refused.error().fields.at(0).field, "by");
    // What would do: the single choices, then the respondents' attributes.
    EXPECT_EQ(refused.error().fields.at(0).param, "participe, attr:sector, attr:setting, attr:cohort");
  }
  EXPECT_EQ(counted_items(v), (std::vector<std::string>{"q_accueil", "q_ecoute", "participe", "pourquoi"}));
}

TEST(ResultsAssembly, TheUnansweredGroupIsEveryoneMinusTheOthers) {
  const Version v = appreciation();
  Counts all{10, {{"q_accueil", {{"3", 4}, {"4", 6}}}}, {{"q_accueil", 10}}};
  results_repository::GroupedCounts groups;
  groups["oui"] = Counts{5, {{"q_accueil", {{"4", 5}}}}, {{"q_accueil", 5}}};
  groups["non"] = Counts{3, {{"q_accueil", {{"3", 2}, {"4", 1}}}}, {{"q_accueil", 3}}};
  const Counts rest = unanswered(all, groups);
  EXPECT_EQ(rest.responses, 2);
  ASSERT_EQ(rest.values.at("q_accueil").size(), 1u);  // "4": 6 − 5 − 1 = 0, dropped
  EXPECT_EQ(rest.values.at("q_accueil")[0].value, "3");
  EXPECT_EQ(rest.values.at("q_accueil")[0].count, 2);
  EXPECT_EQ(rest.respondents.at("q_accueil"), 2);
  groups[""] = rest;
  EXPECT_EQ(group_values(v, "participe", groups), (std::vector<std::string>{"oui", "non", ""}));
  groups.erase("");
  EXPECT_EQ(group_values(v, "participe", groups), (std::vector<std::string>{"oui", "non"}));

  results_repository::DimensionsBySection dims{
      {"accueil", {"accueil", 6, 40, 280, {{"q_accueil", 20, 70}, {"q_ecoute", 20, 70}}}}};
  results_repository::GroupedDimensions by;
  by["oui"]["accueil"] = {"accueil", 4, 28, 200, {{"q_accueil", 14, 50}, {"q_ecoute", 14, 50}}};
  const auto left = unanswered(dims, by);
  EXPECT_EQ(left.at("accueil").complete, 2);
  EXPECT_EQ(left.at("accueil").total_sum, 12);
  EXPECT_EQ(left.at("accueil").items[1].squares, 20);
  by["non"]["accueil"] = {"accueil", 2, 12, 80, {{"q_accueil", 6, 20}, {"q_ecoute", 6, 20}}};
  EXPECT_TRUE(unanswered(dims, by).empty());  // nobody left: no dimension
}

}  // namespace
}  // namespace filet::questionnaires
