#pragma once
// The participant notebook of a group (issue 11, item 5): its sessions as the program describes
// them (date, place, theme, description, duration, objectives, materials) and the contacts of the
// participants who agreed to share them, nobody else's. Pure: made from records read beforehand.
#include <boost/json/object.hpp>
#include <map>
#include <string>
#include <vector>

#include "common/fields.hpp"
#include "groups/group.hpp"

namespace filet::groups {

struct NotebookRecords {
  Group group;
  GroupProgram program;  // empty without one
  std::vector<Session> sessions;
  std::vector<Participant> participants;
  std::map<std::string, std::string> organization_names;  // by id
};

// Whether a participant's contact appears in the notebook: they opted in and did not withdraw.
bool in_notebook(const Participant& p);

extern const fields::Description kNotebookFields;
boost::json::object notebook(const NotebookRecords& records);

}  // namespace filet::groups
