#include "groups/cohort_figures.hpp"

#include <gtest/gtest.h>

namespace filet::groups {
namespace {

SessionFact held(int64_t number, std::map<std::string, std::string> presences) {
  return {number, true, std::move(presences), {}};
}

CohortGroupFacts group(std::string id, std::string cohort, int people, int at_last, bool outside = false) {
  CohortGroupFacts g{id, "prog", "Codéveloppement", std::move(cohort), outside, {}, {}};
  std::map<std::string, std::string> first, last;
  for (int i = 0; i < people; ++i) {
    const auto pid = id + "-" + std::to_string(i);
    g.participants.push_back({pid, "registered"});
    first[pid] = "present";
    if (i < at_last) last[pid] = "present";
  }
  g.participants.push_back({id + "-invited", "invited"});  // not counted
  g.sessions = {held(1, first), held(2, last), {3, false, {}, {}}};
  return g;
}

TEST(CohortFigures, SumsEachGroupsRetentionAndAttendancePerCohort) {
  auto lines =
      cohort_lines({group("a", "Cohorte 1", 10, 8), group("b", "Cohorte 1", 10, 6), group("c", "Cohorte 2", 8, 8)});
  ASSERT_TRUE(lines);
  ASSERT_EQ(lines->size(), 2u);
  const auto& one = (*lines)[0];
  EXPECT_EQ(one.cohort, "Cohorte 1");
  EXPECT_EQ(one.groups, 2);
  EXPECT_EQ(one.sessions, 6);
  EXPECT_EQ(one.sessions_held, 4);
  EXPECT_EQ(one.shown_registered, 20);
  EXPECT_EQ(one.shown_present_at_last, 14);
  ASSERT_TRUE(one.retention);
  EXPECT_DOUBLE_EQ(*one.retention, 14.0 / 20.0);
  EXPECT_EQ(one.shown_attended, 34);  // 20 at the first session, 14 at the second
  EXPECT_EQ(one.shown_expected, 40);  // 20 registered × 2 sessions held
  ASSERT_TRUE(one.attendance_rate);
  EXPECT_DOUBLE_EQ(*one.attendance_rate, 34.0 / 40.0);
  EXPECT_FALSE(one.suppressed);
  EXPECT_DOUBLE_EQ(*(*lines)[1].retention, 1.0);
}

TEST(CohortFigures, NoRateBeforeASessionIsHeld) {
  auto g = group("a", "Cohorte 1", 6, 0);
  for (auto& s : g.sessions) s.held = false;
  auto lines = cohort_lines({g});
  ASSERT_TRUE(lines);
  EXPECT_EQ((*lines)[0].shown_registered, 6);
  EXPECT_FALSE((*lines)[0].retention);
  EXPECT_FALSE((*lines)[0].attendance_rate);
}

TEST(CohortFigures, HidesTheCountsOfALineWithASmallCountOutsideTheOrganization) {
  // 10 registered, 8 at the last session: 2 absent at the end, a small count.
  auto outside = cohort_lines({group("a", "Cohorte 1", 10, 8, true)});
  ASSERT_TRUE(outside);
  const auto& l = (*outside)[0];
  EXPECT_TRUE(l.suppressed);
  EXPECT_FALSE(l.shown_registered);
  EXPECT_FALSE(l.shown_present_at_last);
  EXPECT_FALSE(l.shown_attended);
  EXPECT_FALSE(l.shown_expected);
  EXPECT_FALSE(l.retention);
  EXPECT_FALSE(l.attendance_rate);
  EXPECT_EQ(l.sessions_held, 2) << "sessions count no one";
  // The same inside the organization: shown.
  auto inside = cohort_lines({group("a", "Cohorte 1", 10, 8, false)});
  EXPECT_FALSE((*inside)[0].suppressed);
  EXPECT_EQ((*inside)[0].shown_present_at_last, 8);
  // Outside but no small count (10 of 20 at the end; 30 of 40 attendances): shown.
  auto large = cohort_lines({group("a", "Cohorte 1", 20, 10, true)});
  EXPECT_FALSE((*large)[0].suppressed);
  EXPECT_EQ((*large)[0].shown_registered, 20);
  // One group outside is enough to hide its cohort's line.
  auto mixed = cohort_lines({group("a", "Cohorte 1", 10, 8, false), group("b", "Cohorte 1", 10, 9, true)});
  EXPECT_TRUE((*mixed)[0].suppressed);
}

}  // namespace
}  // namespace filet::groups
