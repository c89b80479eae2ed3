#include "families/family_code.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <set>

namespace filet::families {
namespace {

TEST(FamilyCode, IsTwoSyllablesAndTwoDigits) {
  EXPECT_EQ(family_code(0), "BABA-22");
  std::string code = family_code(123456);
  ASSERT_EQ(code.size(), 7u);
  EXPECT_EQ(code[4], '-');
  EXPECT_EQ(normalize_family_code(code), code);
}

TEST(FamilyCode, DistinctNumbersGiveDistinctCodes) {
  std::set<std::string> seen;
  for (uint64_t n = 0; n < 20000; ++n) seen.insert(family_code(n * 13 + 7));
  EXPECT_EQ(seen.size(), 20000u);
  EXPECT_EQ(family_code(kCodeCount + 5), family_code(5));
}

TEST(FamilyCode, HasNoLookAlikeCharacters) {
  for (uint64_t n = 0; n < 5000; ++n) {
    std::string code = random_family_code();
    for (char c : std::string_view("01CQLHJWXY")) EXPECT_EQ(code.find(c), std::string::npos) << code;
    for (size_t i : {0, 1, 2, 3}) EXPECT_TRUE(std::isupper(static_cast<unsigned char>(code[i]))) << code;
    for (size_t i : {5, 6}) EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(code[i]))) << code;
  }
}

TEST(FamilyCode, ReadsWhatAPersonTypes) {
  EXPECT_EQ(normalize_family_code("bota 27"), "BOTA-27");
  EXPECT_EQ(normalize_family_code(" Bota-27 "), "BOTA-27");
  EXPECT_EQ(normalize_family_code("BOTA27"), "BOTA-27");
  EXPECT_FALSE(normalize_family_code("BOTA-21"));  // 1 is never a digit of a code
  EXPECT_FALSE(normalize_family_code("BOTO"));
  EXPECT_FALSE(normalize_family_code("ABBA-22"));
  EXPECT_FALSE(normalize_family_code(""));
}

}  // namespace
}  // namespace filet::families
