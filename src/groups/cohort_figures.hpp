#pragma once
// Attendance and retention per cohort (issue 11, item 7): a cohort is the groups of one program
// sharing a `cohort` (seed 000: two cohorts of three territories). Pure, from each group's
// participants and sessions read beforehand, with the per-group rules of group_figures.hpp:
//   - sessions: planned and held (attendance taken) in the cohort's groups;
//   - registered, present at the last session, retention: each group's retention() summed, the
//     rate being present at each group's last session held over the registered;
//   - attendance rate: the registered participants' presences over the sessions held of their
//     group (participant_shares() summed: attended over held).
// Outside the reader's organization (a group whose organization the reader does not read
// identified), a line holding a small count (common/small_counts) shows none of its counts of
// people nor its rates.
#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/fields.hpp"
#include "groups/group_figures.hpp"

namespace filet::groups {

struct CohortGroupFacts {
  std::string group_id, program_id, program_name, cohort;
  bool outside = false;  // the reader does not read its organization identified
  std::vector<ParticipantFact> participants;
  std::vector<SessionFact> sessions;
};

struct CohortLine {
  std::string program_id, program_name, cohort;
  int64_t groups = 0, sessions = 0, sessions_held = 0;
  int64_t registered = 0, present_at_last = 0, attended = 0, expected = 0;
  bool suppressed = false;  // a small count outside the reader's organization: every count of people hidden
  std::optional<int64_t> shown_registered, shown_present_at_last, shown_attended, shown_expected;
  std::optional<double> retention, attendance_rate;
};

// One line per program and cohort, by program name then cohort; hidden counts as nullopt.
Result<std::vector<CohortLine>> cohort_lines(const std::vector<CohortGroupFacts>& groups);

extern const fields::Description kCohortReportFields;
extern const fields::Description kCohortQueryFields;  // program_id
boost::json::object to_json(const std::vector<CohortLine>& lines);

}  // namespace filet::groups
