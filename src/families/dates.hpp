#pragma once
// Calendar days as the families module counts them (YYYY-MM-DD, UTC).
#include <cstdint>
#include <string>
#include <string_view>

namespace filet::families {

// The day `days` before `day` (YYYY-MM-DD); `day` must be a real date.
std::string days_before(std::string_view day, int64_t days);
// Today, UTC.
std::string today();

}  // namespace filet::families
