#include "common/text.hpp"

#include <gtest/gtest.h>

using namespace filet::text;

TEST(TextFold, StripsFrenchAccentsAndCase) {
  EXPECT_EQ(fold("Épicerie"), "epicerie");
  EXPECT_EQ(fold("Côte-des-Neiges–Notre-Dame-de-Grâce"), "cote-des-neiges-notre-dame-de-grace");
  EXPECT_EQ(fold("ŒUVRE Ça"), "oeuvre ca");
  EXPECT_EQ(fold("l’Entre-Maisons"), "l'entre-maisons");
  EXPECT_EQ(fold("Montréal-Nord"), "montreal-nord");
}

TEST(TextFold, KeepsOtherScriptsIntact) {
  EXPECT_EQ(fold("مرحبا"), "مرحبا");
}

TEST(Utf8, AcceptsValidAndRejectsInvalid) {
  EXPECT_TRUE(is_valid_utf8("Saint-Léonard"));
  EXPECT_TRUE(is_valid_utf8("😀"));
  EXPECT_FALSE(is_valid_utf8("\xC3"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(is_valid_utf8("abc\xFF"));
}

TEST(Text, LengthCountsCodePoints) {
  EXPECT_EQ(length("é"), 1u);
  EXPECT_EQ(length("école"), 5u);
  EXPECT_EQ(trim("  a b \n"), "a b");
}
