#pragma once
// The activity of groups per period and kind (issue 11, item 6), pure: what the action plan's
// indicators will count — groups that met, sessions held and their hours, attendances, distinct
// participants, parents and organizations present, person-hours, decisions taken — from two
// tallies the database makes (sessions, attendance), merged by period and kind.
#include <cstdint>
#include <string>
#include <vector>

namespace filet::groups {

struct SessionTally {
  std::string period, kind;
  int64_t groups = 0, sessions = 0, sessions_without_duration = 0, minutes = 0, decisions = 0;
};
struct AttendanceTally {
  std::string period, kind;
  int64_t attendances = 0, participants = 0, parents = 0, organizations = 0, person_minutes = 0;
};

struct ActivityRow {
  std::string period, kind;
  SessionTally sessions;
  AttendanceTally attendance;
};

// One row per period and kind present in either tally, by period then kind (kGroupKinds' order).
std::vector<ActivityRow> group_activity(const std::vector<SessionTally>& sessions,
                                        const std::vector<AttendanceTally>& attendance);

}  // namespace filet::groups
