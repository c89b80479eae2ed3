#include "common/stemming.hpp"

#include <gtest/gtest.h>

using namespace filet::text;

TEST(Stemming, FrenchAndEnglishPluralsShareAStem) {
  EXPECT_EQ(stem("familles", StemLanguage::french), stem("famille", StemLanguage::french));
  EXPECT_EQ(stem("medicaux", StemLanguage::french), stem("medical", StemLanguage::french));
  EXPECT_EQ(stem("garderies", StemLanguage::french), stem("garderie", StemLanguage::french));
  EXPECT_EQ(stem("families", StemLanguage::english), stem("family", StemLanguage::english));
  EXPECT_EQ(stem("appointments", StemLanguage::english), "appoint");
}

TEST(Stemming, LeavesShortWordsNumbersAndOtherScriptsAlone) {
  EXPECT_EQ(stem("de", StemLanguage::french), "de");
  EXPECT_EQ(stem("0-5", StemLanguage::french), "0-5");
  EXPECT_EQ(stem("h1h", StemLanguage::english), "h1h");
  EXPECT_EQ(stem("مرحبا", StemLanguage::french), "مرحبا");
}
