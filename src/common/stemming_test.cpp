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

// The remembered stems are the ones Snowball makes, per language, asked again and again.
TEST(Stemming, ARememberedStemIsTheSameEachTimeAndPerLanguage) {
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(filet::text::stem("familles", filet::text::StemLanguage::french),
              filet::text::stem("famille", filet::text::StemLanguage::french));
    EXPECT_EQ(filet::text::stem("services", filet::text::StemLanguage::english), "servic");
    EXPECT_EQ(filet::text::stem("services", filet::text::StemLanguage::french), "servic");
    EXPECT_EQ(filet::text::stem("running", filet::text::StemLanguage::english), "run");
    EXPECT_EQ(filet::text::stem("running", filet::text::StemLanguage::french), "running");
  }
}
