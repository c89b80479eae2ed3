#pragma once
// The journal's rule on dates (pure).
#include <string_view>

namespace filet::journal {

// An entry dated after tomorrow is a mistake (one day of slack for the phones' time zones).
bool after_tomorrow(std::string_view entry_date, std::string_view today);

}  // namespace filet::journal
