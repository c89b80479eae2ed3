#pragma once
// A group's report: per session the presences, the child-care corner, the interpreters and the
// fidelity rate; per participant the share of sessions attended; the group's retention and
// fidelity rate. Pure: made from the records read beforehand (group_figures.hpp computes).
#include <boost/json/object.hpp>
#include <string>
#include <utility>
#include <vector>

#include "common/fields.hpp"
#include "groups/group.hpp"

namespace filet::groups {

struct GroupRecords {
  Group group;
  GroupProgram program;  // its checklists (checklist_for); empty without one
  std::vector<Participant> participants;
  std::vector<Session> sessions;
  std::vector<std::pair<std::string, Presence>> presences;  // session id, presence
};

extern const fields::Description kGroupReportFields;
boost::json::object group_report(const GroupRecords& records);

}  // namespace filet::groups
