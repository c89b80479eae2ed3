#include "families/dates.hpp"

#include <gtest/gtest.h>

#include "families/family.hpp"

namespace filet::families {
namespace {

TEST(FamilyDates, CountsDaysBackAcrossMonthsAndYears) {
  EXPECT_EQ(days_before("2026-03-31", 30), "2026-03-01");
  EXPECT_EQ(days_before("2026-03-01", 1), "2026-02-28");
  EXPECT_EQ(days_before("2024-03-01", 1), "2024-02-29");
  EXPECT_EQ(days_before("2026-01-15", 30), "2025-12-16");
  EXPECT_EQ(days_before("2026-01-15", 0), "2026-01-15");
}

TEST(FamilyChildren, FiveOrLessMeansUnderSeventyTwoMonths) {
  EXPECT_TRUE(aged_5_or_less({2021, 6}, 2027, 5));   // 71 months
  EXPECT_FALSE(aged_5_or_less({2021, 6}, 2027, 6));  // 72 months: six years old
  EXPECT_TRUE(aged_5_or_less({2026, 12}, 2026, 12));
  EXPECT_FALSE(aged_5_or_less({2015, 1}, 2026, 1));
}

}  // namespace
}  // namespace filet::families
