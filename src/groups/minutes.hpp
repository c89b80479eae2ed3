#pragma once
// The record of a meeting (issue 11, item 6): how long a session lasted (a training's hours come
// from it), its minutes and the decisions taken, each with who carries it and by when. Any
// session may have one; committees keep their minutes and decisions here, trainings their hours.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/error.hpp"

namespace filet::groups {

inline constexpr size_t kMaxDecisions = 30;

struct Decision {
  std::string text, responsible, due_on;  // due_on: YYYY-MM-DD or ""
};

struct SessionMinutes {
  std::string session_id;
  std::optional<int64_t> duration_minutes;  // how long the session lasted
  std::string minutes;                      // the minutes (compte rendu), kept as text
  std::vector<Decision> decisions;          // in the order taken
  std::string written_by, created_at, updated_at;
  int64_t version = 0;  // 0: not written yet
};

// The rules between fields the field descriptions cannot say, every broken one at once: at most
// kMaxDecisions decisions; a decision due before the meeting it was taken at.
Result<void> check(const SessionMinutes& m, std::string_view held_on);

}  // namespace filet::groups
