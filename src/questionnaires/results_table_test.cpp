// The results table's layout: fixed columns, pct_<code> per option code, a row per item and per
// dimension for everyone then per group, hidden figures left empty.
#include "questionnaires/results_table.hpp"

#include <gtest/gtest.h>

#include "questionnaires/questionnaire_test_support.hpp"

namespace filet::questionnaires {
namespace {

using exports::Cell;
using testing::appreciation;

ResultSet answered(int64_t responses, const std::vector<ValueCount>& accueil) {
  const Version v = appreciation();
  ResultSet s;
  s.responses = responses;
  s.items.push_back({"q_accueil", ItemKind::likert, *likert_result(v.items[0], accueil), std::nullopt});
  s.items.push_back({"participe", ItemKind::single_choice, std::nullopt,
                     *choice_result(v.items[2], {{"oui", responses}}, responses)});
  s.dimensions.push_back({"accueil", 2, responses, 3.5, 0.75, false});
  return s;
}

TEST(ResultsTable, ColumnsThenEveryoneThenEachGroup) {
  const Version v = appreciation();
  CampaignResults r;
  r.everyone = answered(10, {{"3", 5}, {"4", 5}});
  r.by = "participe";
  r.groups.push_back({"oui", answered(10, {{"3", 5}, {"4", 5}})});
  r.groups.push_back({"non", answered(0, {})});
  hide_all(*r.groups[1].results.items[0].likert);
  const ResultsTable t = results_table(v, r);
  std::vector<std::string> titles;
  for (const auto& c : t.columns) titles.push_back(c.title);
  EXPECT_EQ(titles, (std::vector<std::string>{"item", "dimension", "group", "n", "mean", "sd", "median", "top_box",
                                              "alpha", "pct_1", "pct_2", "pct_3", "pct_4", "pct_nsp", "pct_oui",
                                              "pct_non", "pct_horaire", "pct_transport"}));
  ASSERT_EQ(t.rows.size(), 9u);  // (2 items + 1 dimension) × (everyone, oui, non)
  const auto& first = t.rows[0];
  EXPECT_EQ(std::get<std::string>(first[0]), "q_accueil");
  EXPECT_EQ(std::get<std::string>(first[1]), "accueil");
  EXPECT_EQ(std::get<std::string>(first[2]), "");
  EXPECT_EQ(std::get<int64_t>(first[3]), 10);
  EXPECT_DOUBLE_EQ(std::get<double>(first[4]), 3.5);
  EXPECT_DOUBLE_EQ(std::get<double>(first[6]), 3.5);              // median of five 3 and five 4
  EXPECT_DOUBLE_EQ(std::get<double>(first[7]), 1.0);              // top box
  EXPECT_DOUBLE_EQ(std::get<double>(first[11]), 0.5);             // pct_3
  EXPECT_TRUE(std::holds_alternative<std::monostate>(first[8]));  // alpha: dimension rows only
  const auto& dimension = t.rows[2];
  EXPECT_TRUE(std::holds_alternative<std::monostate>(dimension[0]));
  EXPECT_EQ(std::get<std::string>(dimension[1]), "accueil");
  EXPECT_DOUBLE_EQ(std::get<double>(dimension[8]), 0.75);
  EXPECT_EQ(std::get<std::string>(t.rows[3][2]), "oui");
  const auto& hidden = t.rows[6];  // "non": q_accueil hidden
  EXPECT_EQ(std::get<std::string>(hidden[2]), "non");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(hidden[3]));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(hidden[4]));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(hidden[11]));
}

}  // namespace
}  // namespace filet::questionnaires
