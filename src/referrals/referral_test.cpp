// The figures of a referral: whole days between two moments, and the overdue flag.
#include "referrals/referral.hpp"

#include <gtest/gtest.h>

namespace filet::referrals {
namespace {

TEST(ReferralFigures, DaysBetweenCountsCalendarDays) {
  EXPECT_EQ(days_between("2026-03-01T23:59:00.000Z", "2026-03-02T00:01:00.000Z"), 1);
  EXPECT_EQ(days_between("2026-02-27", "2026-03-01"), 2);  // 2026 is not a leap year
  EXPECT_EQ(days_between("2024-02-27", "2024-03-01"), 3);
  EXPECT_EQ(days_between("2026-03-01T10:00:00Z", "2026-03-01T18:00:00Z"), 0);
  EXPECT_EQ(days_between("", "2026-03-01"), std::nullopt);
  EXPECT_EQ(days_between("2026-02-30", "2026-03-01"), std::nullopt);
  EXPECT_EQ(days_between("hier", "2026-03-01"), std::nullopt);
}

TEST(ReferralFigures, OverdueOnlyWhileSentAndPastTheDays) {
  EXPECT_FALSE(is_overdue("sent", "2026-03-01T09:00:00Z", "2026-03-08", 7));
  EXPECT_TRUE(is_overdue("sent", "2026-03-01T09:00:00Z", "2026-03-09", 7));
  EXPECT_FALSE(is_overdue("acknowledged", "2026-03-01T09:00:00Z", "2026-04-09", 7));
  EXPECT_FALSE(is_overdue("draft", "", "2026-04-09", 7));
  EXPECT_TRUE(is_overdue("sent", "2026-03-01T09:00:00Z", "2026-03-03", 1));
}

TEST(ReferralFigures, ApplyChangesOnlyWhatIsGiven) {
  Referral r;
  r.message = "Bonjour";
  r.need_ids = {"a"};
  ReferralChanges c;
  c.urgency = "urgent";
  c.accompanied = true;
  apply(r, c);
  EXPECT_EQ(r.urgency, "urgent");
  EXPECT_TRUE(r.accompanied);
  EXPECT_EQ(r.message, "Bonjour");
  EXPECT_EQ(r.need_ids, std::vector<std::string>{"a"});
}

}  // namespace
}  // namespace filet::referrals
