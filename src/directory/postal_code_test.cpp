#include "directory/postal_code.hpp"

#include <gtest/gtest.h>

namespace filet::directory {

TEST(PostalCodeTest, WellFormedCodesGiveTheirArea) {
  EXPECT_EQ(forward_sortation_area("H2X 1Y4"), "H2X");
  EXPECT_EQ(forward_sortation_area("h2x1y4"), "H2X");
  EXPECT_EQ(forward_sortation_area("H2X-1Y4"), "H2X");
  EXPECT_EQ(forward_sortation_area(" H1H 1A1 "), "H1H");
  EXPECT_EQ(forward_sortation_area("G1V"), "G1V");
  EXPECT_EQ(forward_sortation_area("j4k "), "J4K");
}

TEST(PostalCodeTest, MalformedCodesAreRefused) {
  for (const char* text : {"", "12345", "H2", "H2X 1Y", "H2X 1Y45", "HHX 1Y4", "H2X 1YY", "D2X 1Y4", "W2X 1Y4",
                           "H2O 1Y4", "H 2X1Y4", "H2X1 Y4", "É2X 1Y4", "H2X\n1Y4"}) {
    EXPECT_FALSE(forward_sortation_area(text).has_value()) << text;
  }
}

}  // namespace filet::directory
