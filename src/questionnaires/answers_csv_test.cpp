// Answers read from a CSV file: the export's own layout, ignored columns named, every bad row
// named by its line with nothing returned, a French file's semicolons and decimal commas.
#include "questionnaires/answers_csv.hpp"

#include <gtest/gtest.h>

#include "questionnaires/questionnaire_test_support.hpp"

namespace filet::questionnaires {
namespace {

using testing::appreciation;

Result<AnswersFile> read(std::string_view text) {
  const char delimiter = csv_delimiter(text);
  auto file = csv::read_text("reponses.csv", text, delimiter);
  if (!file) return std::unexpected(file.error());
  return answers_from_csv(appreciation(), *file, delimiter);
}

TEST(AnswersCsv, ReadsTheExportLayoutAndIgnoresColumnsThatAreNotItems) {
  auto r = read(
      "submitdate,q_accueil,participe,pourquoi,enfants,revenu\r\n"
      "2026-03-01 10:02,4,oui,,2,1200.50\r\n"
      "2026-03-01 10:05,3,non,horaire transport,,\r\n");
  ASSERT_TRUE(r) << (r.error().fields.empty() ? r.error().detail : r.error().fields[0].field);
  EXPECT_EQ(r->ignored_columns, (std::vector<std::string>{"submitdate"}));
  ASSERT_EQ(r->responses.size(), 2u);
  EXPECT_EQ(r->responses[0].at("q_accueil").values, (std::vector<std::string>{"4"}));
  EXPECT_EQ(r->responses[0].at("revenu").values, (std::vector<std::string>{"1200.50"}));
  EXPECT_EQ(r->responses[1].at("pourquoi").values, (std::vector<std::string>{"horaire", "transport"}));
  EXPECT_FALSE(r->responses[0].contains("pourquoi"));  // nothing said, nothing stored
}

TEST(AnswersCsv, AFrenchFileHasSemicolonsAndDecimalCommas) {
  EXPECT_EQ(csv_delimiter("q_accueil;participe;revenu\r\n"), ';');
  EXPECT_EQ(csv_delimiter("q_accueil,participe\r\n4;5\r\n"), ',');
  auto r = read("\xEF\xBB\xBFq_accueil;participe;revenu\r\n4;oui;1200,50\r\n");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->responses[0].at("revenu").values, (std::vector<std::string>{"1200.50"}));
}

TEST(AnswersCsv, EveryBadRowIsNamedByItsLineAndNothingIsReturned) {
  auto r = read(
      "q_accueil,participe,enfants\r\n"
      "4,oui,2\r\n"
      "7,oui,2\r\n"        // line 3: 7 is not on the scale
      ",,\r\n"             // line 4: no answer at all
      "3,peut-etre,x\r\n"  // line 5: an unknown option, a number that is not one
      "2,non,\r\n");       // line 6: "pourquoi" is required once "non" shows it
  ASSERT_FALSE(r);
  std::vector<std::string> named;
  for (const FieldError& e : r.error().fields) named.push_back(e.field);
  EXPECT_EQ(named, (std::vector<std::string>{"csv[3].q_accueil", "csv[4]", "csv[5].participe", "csv[5].enfants",
                                             "csv[6].pourquoi"}));
}

TEST(AnswersCsv, AFileWithoutItemColumnsOrRowsIsRefused) {
  auto none = read("id,submitdate\r\n1,2026-03-01\r\n");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().fields.at(0).field, "csv[1]");
  auto empty = read("q_accueil,participe\r\n");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().fields.at(0).field, "csv[2]");
}

}  // namespace
}  // namespace filet::questionnaires
