#include "directory/search_terms.hpp"

#include <gtest/gtest.h>

#include "directory/search_spelling.hpp"

namespace filet::directory {
namespace {

TEST(SearchTerms, StopWordsAreFrenchAndEnglish) {
  for (auto w : {"le", "la", "les", "de", "des", "du", "pour", "et", "the", "of", "for", "l", "d"})
    EXPECT_TRUE(is_stop_word(w)) << w;
  for (auto w : {"aide", "and", "est", "nord", "food"}) EXPECT_FALSE(is_stop_word(w)) << w;
}

TEST(SearchTerms, AWordIsLookedUpByItsStems) {
  EXPECT_EQ(word_terms("familles"), (std::vector<SearchTerm>{{"famill", true}}));
  auto medical = word_terms("medicaux");
  EXPECT_NE(std::find(medical.begin(), medical.end(), SearchTerm{"medical", true}), medical.end());
  EXPECT_EQ(word_terms("alim"), (std::vector<SearchTerm>{{"alim", true}}));  // a word being typed
  // A short stem is a whole stem, or the word a prefix: "pere" finds "pères", not "personne".
  EXPECT_EQ(word_terms("pere"), (std::vector<SearchTerm>{{"per", false}, {"pere", true}}));
  EXPECT_EQ(ranking_patterns("pere"), (std::vector<std::string>{"pere"}));
}

TEST(SearchTerms, IndexTextHoldsWordsThenStems) {
  std::string index = index_text("familles et famille, transport vers les rendez-vous medicaux");
  EXPECT_TRUE(index.starts_with("familles et famille transport vers les rendez vous medicaux | ")) << index;
  EXPECT_NE(index.find(" famill"), std::string::npos) << index;
  EXPECT_NE(index.find(" medical"), std::string::npos) << index;
  auto words = index_words(index);
  EXPECT_EQ(words.size(), 9u);
  EXPECT_EQ(words.front(), "familles");
  EXPECT_EQ(words.back(), "medicaux");
}

TEST(Spelling, EditDistanceCountsSwapsOnceAndStopsAtTheLimit) {
  EXPECT_EQ(edit_distance("alimantaire", "alimentaire", 2), 1u);
  EXPECT_EQ(edit_distance("garderei", "garderie", 2), 1u);  // two letters swapped
  EXPECT_EQ(edit_distance("nouriture", "nourriture", 2), 1u);
  EXPECT_EQ(edit_distance("abc", "xyz", 1), 2u);  // limit + 1
  EXPECT_EQ(edit_distance("aide", "aide", 1), 0u);
  EXPECT_EQ(allowed_edits(2), 0u);
  EXPECT_EQ(allowed_edits(5), 1u);
  EXPECT_EQ(allowed_edits(6), 2u);
}

TEST(Spelling, CorrectsUnknownWordsToTheMostFrequentClosestWord) {
  SpellingVocabulary vocabulary;
  vocabulary.build({index_text("aide alimentaire pour les familles"), index_text("aide alimentaire urgence"),
                    index_text("aide aux devoirs"), index_text("alimentation saine")});
  EXPECT_TRUE(vocabulary.knows("alim"));
  EXPECT_TRUE(vocabulary.knows("famille"));  // through its stem
  EXPECT_FALSE(vocabulary.knows("alimantaire"));
  EXPECT_EQ(vocabulary.closest("alimantaire"), "alimentaire");
  EXPECT_EQ(vocabulary.closest("imentaire"), std::nullopt);  // the first letter is kept
  EXPECT_EQ(vocabulary.closest("zzz"), std::nullopt);
  EXPECT_EQ(vocabulary.correct({"aide", "alimantaire"}), (std::vector<std::string>{"aide", "alimentaire"}));
  EXPECT_EQ(vocabulary.correct({"aide", "alimentaire"}), std::nullopt);
  EXPECT_EQ(vocabulary.correct({"xqzvw"}), std::nullopt);
}

}  // namespace
}  // namespace filet::directory
