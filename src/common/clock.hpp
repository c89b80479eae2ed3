#pragma once
// Timestamps are stored as UTC ISO 8601 text (same on both engines, sortable as text).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace filet::clock {
std::string now_iso();
int64_t now_epoch();
// True for a real calendar date written YYYY-MM-DD.
bool is_date(std::string_view s);
// The date `days` after a YYYY-MM-DD `date` (before it when negative); nullopt when not a date.
std::optional<std::string> add_days(std::string_view date, int days);
}  // namespace filet::clock
