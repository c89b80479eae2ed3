#pragma once
// What the facilitators record about a session in the room and after it: attendance, the
// child-care corner, interpreters, the checklist items delivered (fidelity) and the logbook;
// and a group's report (attendance, retention, fidelity). Who may do what is the policy's
// (auth/group_policy.hpp): only the group's facilitators record; the logbook is read by them and
// the evaluators.
#include <boost/json/object.hpp>

#include "groups/cohort_figures.hpp"
#include "groups/group_service.hpp"
#include "groups/participation.hpp"

namespace filet::groups {

class SessionService {
 public:
  explicit SessionService(db::Pool& pool) : pool_(pool) {}

  Result<Attendance> attendance(const Requester& who, const std::string& session_id);
  Result<Attendance> take_attendance(const Requester& who, const std::string& session_id, Attendance attendance);
  Result<Logbook> logbook(const Requester& who, const std::string& session_id);
  Result<Logbook> write_logbook(const Requester& who, const std::string& session_id, Logbook logbook,
                                std::optional<int64_t> version);
  // The group's figures, for whoever reads the group.
  Result<boost::json::object> report(const Requester& who, const std::string& group_id);
  // Tables 2 and 3 of the groups the reader reaches, of a program and a cohort ("" = any).
  Result<ParticipationTables> participation(const Requester& who, const std::string& program_id,
                                            const std::string& cohort);
  // Attendance and retention per cohort of the groups the reader reaches, of a program ("" = any).
  Result<std::vector<CohortLine>> cohorts(const Requester& who, const std::string& program_id);

 private:
  db::Pool& pool_;
};

}  // namespace filet::groups
