// The R script and the SPSS syntax of a small version: valid variable names, each variable's
// label, Likert and single choices labelled by their options (off-scale answers kept apart from
// the scores), quotes escaped in each language's way, French or English labels. That the script
// and the syntax really run is tested with R and GNU PSPP (tests/cli/survey_stats.test.mjs).
#include "questionnaires/stats_syntax.hpp"

#include <gtest/gtest.h>

namespace filet::questionnaires {
namespace {

Version version() {
  Version v;
  Item likert{.code = "q_accueil", .kind = ItemKind::likert, .label = {"L’accueil « reçu »", "The welcome"}};
  likert.options = {
      {"1", {"Pas d'accord", "Disagree"}, 1}, {"2", {"D'accord", "Agree"}, 2}, {"nsp", {"NSP", "DK"}, {}}};
  Item choice{.code = "pourquoi", .kind = ItemKind::single_choice, .label = {"Pourquoi ?", "Why?"}};
  choice.options = {{"horaire", {"Horaire", "Schedule"}, {}}};
  choice.other_specify = true;
  Item number{.code = "enfants", .kind = ItemKind::integer, .label = {"Nombre d’enfants", "Children"}};
  Item text{.code = "2commentaire", .kind = ItemKind::long_text, .label = {"Commentaires", "Comments"}};
  v.items = {likert, choice, number, text};
  return v;
}

TEST(StatsSyntax, VariableNamesAreValidForRAndSpss) {
  EXPECT_EQ(variable_name("q_accueil"), "q_accueil");
  EXPECT_EQ(variable_name("pourquoi/other"), "pourquoi_other");
  EXPECT_EQ(variable_name("2commentaire"), "v_2commentaire");
  EXPECT_EQ(variable_name("a.b-c"), "a_b_c");
}

TEST(StatsSyntax, TheRScriptLabelsEveryVariableAndFactor) {
  const auto r = r_script(version(), "Campagne « test »", true, "reponses.csv");
  EXPECT_NE(r.find("read.csv(\"reponses.csv\", fileEncoding = \"UTF-8-BOM\""), std::string::npos);
  EXPECT_NE(r.find("reponses$q_accueil_score <- unname(c(\"1\" = 1, \"2\" = 2)[reponses$q_accueil])"),
            std::string::npos);
  EXPECT_NE(r.find("levels = c(\"1\", \"2\", \"nsp\"), labels = c(\"Pas d'accord\", \"D'accord\", \"NSP\")"),
            std::string::npos);
  EXPECT_NE(r.find("attr(reponses$q_accueil, \"label\") <- \"L’accueil « reçu »\""), std::string::npos);
  EXPECT_NE(r.find("reponses$enfants <- as.numeric(reponses$enfants)"), std::string::npos);
  EXPECT_NE(r.find("\"v_2commentaire\""), std::string::npos);
  EXPECT_NE(r.find("attr(reponses$pourquoi_other, \"label\") <- \"Pourquoi ? — autre, précisez\""), std::string::npos);
  EXPECT_NE(r_script(version(), "t", false, "answers.csv").find("labels = c(\"Disagree\", \"Agree\", \"DK\")"),
            std::string::npos);
}

TEST(StatsSyntax, TheSpssSyntaxReadsTheDataWithItsLabels) {
  const auto s = spss_syntax(version(), "Campagne", true, "reponses.csv");
  EXPECT_NE(s.find("GET DATA /TYPE=TXT /FILE='reponses.csv' /ENCODING='UTF8'"), std::string::npos);
  EXPECT_NE(s.find("  q_accueil A100\n"), std::string::npos);
  EXPECT_NE(s.find("  enfants F12.4\n"), std::string::npos);
  EXPECT_NE(s.find("  pourquoi_other A2000\n"), std::string::npos);
  EXPECT_NE(s.find("'1' 'Pas d''accord'"), std::string::npos);  // SPSS doubles its quote
  EXPECT_NE(s.find("IF (q_accueil = '2') q_accueil_score = 2."), std::string::npos);
  EXPECT_EQ(s.find("IF (q_accueil = 'nsp')"), std::string::npos);  // off the scale: missing
  EXPECT_NE(s.find("  /pourquoi 'Pourquoi ?'"), std::string::npos);
  EXPECT_EQ(s.find("/enfants\n    '"), std::string::npos);  // no value labels for numbers
  EXPECT_NE(s.rfind("EXECUTE.\n"), std::string::npos);
}

}  // namespace
}  // namespace filet::questionnaires
