#pragma once
// Law 25 retention: a closed family is destroyed a number of years after the day it was closed
// (its organization's setting, kDefaultRetentionYears when none). Pure; dates are YYYY-MM-DD.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace filet::families {

inline constexpr int64_t kDefaultRetentionYears = 5;
inline constexpr int64_t kMinRetentionYears = 1;
inline constexpr int64_t kMaxRetentionYears = 30;

// The day a family closed on `closed_on` is due for destruction: the same day `years` later; a
// family closed on 29 February is due on 28 February of a year that has none. None when
// `closed_on` is not a date (an open family: never due).
std::optional<std::string> retention_due_on(std::string_view closed_on, int64_t years);
// Whether a family of that status, closed on `closed_on` ("" if open), is due on `today`.
bool retention_due(std::string_view status, std::string_view closed_on, int64_t years, std::string_view today);
// The latest closing day that is due on `today`: closed on or before it = due (for the SQL).
std::string retention_closed_by(std::string_view today, int64_t years);

}  // namespace filet::families
