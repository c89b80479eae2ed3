#include "journal/journal_dates.hpp"

#include <gtest/gtest.h>

#include "common/clock.hpp"

namespace filet::journal {
namespace {

TEST(JournalDates, AddsDaysAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(clock::add_days("2026-03-10", 7), "2026-03-17");
  EXPECT_EQ(clock::add_days("2026-02-28", 1), "2026-03-01");
  EXPECT_EQ(clock::add_days("2028-02-28", 1), "2028-02-29");
  EXPECT_EQ(clock::add_days("2026-12-31", 1), "2027-01-01");
  EXPECT_EQ(clock::add_days("2026-01-01", -1), "2025-12-31");
  EXPECT_EQ(clock::add_days("2026-02-30", 1), std::nullopt);
  EXPECT_EQ(clock::add_days("hier", 1), std::nullopt);
}

TEST(JournalDates, ADateAfterTomorrowIsInTheFuture) {
  EXPECT_FALSE(after_tomorrow("2026-03-10", "2026-03-10"));
  EXPECT_FALSE(after_tomorrow("2026-03-11", "2026-03-10"));
  EXPECT_TRUE(after_tomorrow("2026-03-12", "2026-03-10"));
  EXPECT_FALSE(after_tomorrow("2025-03-12", "2026-03-10"));
}

}  // namespace
}  // namespace filet::journal
