#include "journal/journal_dates.hpp"

#include "common/clock.hpp"

namespace filet::journal {

bool after_tomorrow(std::string_view entry_date, std::string_view today) {
  auto tomorrow = clock::add_days(today, 1);
  return tomorrow && entry_date > *tomorrow;
}

}  // namespace filet::journal
