#pragma once
// Meetings' records (issue 11, item 6): a session's length, minutes and decisions, kept by the
// group's facilitators and planners and read by whoever reaches the group; and the activity of
// groups per year and kind, counted from these records for the action plan's indicators.
#include "groups/group_activity.hpp"
#include "groups/group_service.hpp"
#include "groups/minutes.hpp"
#include "groups/minutes_repository.hpp"

namespace filet::groups {

class MinutesService {
 public:
  explicit MinutesService(db::Pool& pool) : pool_(pool) {}

  Result<SessionMinutes> minutes(const Requester& who, const std::string& session_id);
  Result<SessionMinutes> keep_minutes(const Requester& who, const std::string& session_id, SessionMinutes minutes,
                                      std::optional<int64_t> version);
  // The groups the reader reaches; sessions held up to today.
  Result<std::vector<ActivityRow>> activity(const Requester& who, minutes_repository::ActivityFilters filters);

 private:
  db::Pool& pool_;
};

}  // namespace filet::groups
