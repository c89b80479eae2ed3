#include "families/retention.hpp"

#include <gtest/gtest.h>

namespace filet::families {
namespace {

TEST(FamilyRetention, IsDueTheSameDayYearsAfterClosing) {
  EXPECT_EQ(retention_due_on("2021-06-15", 5), "2026-06-15");
  EXPECT_EQ(retention_due_on("2021-12-31", 1), "2022-12-31");
  EXPECT_TRUE(retention_due("closed", "2021-06-15", 5, "2026-06-15"));
  EXPECT_TRUE(retention_due("closed", "2021-06-15", 5, "2027-01-01"));
  EXPECT_FALSE(retention_due("closed", "2021-06-15", 5, "2026-06-14"));
}

TEST(FamilyRetention, ClosedOnTheLeapDayIsDueOnTheLastDayOfFebruary) {
  EXPECT_EQ(retention_due_on("2024-02-29", 5), "2029-02-28");
  EXPECT_EQ(retention_due_on("2024-02-29", 4), "2028-02-29");
  EXPECT_TRUE(retention_due("closed", "2024-02-29", 5, "2029-02-28"));
  EXPECT_FALSE(retention_due("closed", "2024-02-29", 5, "2029-02-27"));
  EXPECT_EQ(retention_due_on("2023-02-28", 1), "2024-02-28");
}

TEST(FamilyRetention, OpenFamiliesAreNeverDue) {
  EXPECT_FALSE(retention_due("accompanied", "", 5, "2099-01-01"));
  EXPECT_FALSE(retention_due("in_contact", "2001-01-01", 1, "2099-01-01"));
  EXPECT_FALSE(retention_due("closed", "", 5, "2099-01-01"));
  EXPECT_FALSE(retention_due("closed", "2021-02-30", 5, "2099-01-01"));
  EXPECT_EQ(retention_due_on("not a date", 5), std::nullopt);
}

TEST(FamilyRetention, TheClosingBoundAgreesWithTheRuleDayByDay) {
  // The SQL selects closed_on <= retention_closed_by(today): the same families as the rule.
  for (const char* today : {"2029-02-28", "2028-02-29", "2028-02-28", "2026-03-01", "2026-12-31"}) {
    auto bound = retention_closed_by(today, 5);
    for (const char* closed : {"2024-02-29", "2023-02-28", "2023-03-01", "2021-03-01", "2021-12-31", "2023-02-27"})
      EXPECT_EQ(std::string(closed) <= bound, retention_due("closed", closed, 5, today)) << today << " " << closed;
  }
}

}  // namespace
}  // namespace filet::families
