#include "groups/minutes.hpp"

namespace filet::groups {

Result<void> check(const SessionMinutes& m, std::string_view held_on) {
  std::vector<FieldError> errors;
  if (m.decisions.size() > kMaxDecisions)
    errors.push_back({"decisions", FieldCode::out_of_range, "0–" + std::to_string(kMaxDecisions)});
  for (size_t i = 0; i < m.decisions.size(); ++i)
    if (!m.decisions[i].due_on.empty() && m.decisions[i].due_on < held_on)
      errors.push_back({"decisions[" + std::to_string(i) + "].due_on", FieldCode::before_other, "held_on"});
  if (errors.empty()) return {};
  return fail(Error{ErrorCode::validation_failed, std::move(errors), {}, {}});
}

}  // namespace filet::groups
