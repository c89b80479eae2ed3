// The activity of groups: the two tallies merge by period and kind, in time then kind order; a
// period with sessions but no attendance taken keeps its sessions and zero attendance.
#include "groups/group_activity.hpp"

#include <gtest/gtest.h>

namespace filet::groups {
namespace {

TEST(GroupActivity, TalliesMergeByPeriodAndKind) {
  std::vector<SessionTally> sessions{{"2026-2027", "training", 2, 4, 0, 720, 0},
                                     {"2025-2026", "committee", 1, 3, 1, 240, 7},
                                     {"2026-2027", "workshop_series", 3, 27, 0, 3240, 0}};
  std::vector<AttendanceTally> attendance{{"2026-2027", "training", 50, 25, 0, 9, 9000},
                                          {"2026-2027", "workshop_series", 200, 30, 30, 3, 24000}};
  auto rows = group_activity(sessions, attendance);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].period, "2025-2026");
  EXPECT_EQ(rows[0].kind, "committee");
  EXPECT_EQ(rows[0].sessions.decisions, 7);
  EXPECT_EQ(rows[0].attendance.attendances, 0);  // minutes kept, attendance not taken
  EXPECT_EQ(rows[1].kind, "workshop_series");    // kGroupKinds' order within a period
  EXPECT_EQ(rows[1].attendance.parents, 30);
  EXPECT_EQ(rows[2].kind, "training");
  EXPECT_EQ(rows[2].sessions.minutes, 720);
  EXPECT_EQ(rows[2].attendance.person_minutes, 9000);
}

TEST(GroupActivity, AttendanceWithoutSessionTallyStillShows) {
  auto rows = group_activity({}, {{"2026", "co_development", 3, 3, 0, 2, 0}});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].sessions.sessions, 0);
  EXPECT_EQ(rows[0].attendance.participants, 3);
  EXPECT_TRUE(group_activity({}, {}).empty());
}

}  // namespace
}  // namespace filet::groups
