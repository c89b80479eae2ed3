#include "families/dates.hpp"

#include <chrono>
#include <cstdio>

#include "common/clock.hpp"

namespace filet::families {

std::string days_before(std::string_view day, int64_t days) {
  using namespace std::chrono;
  int y = std::stoi(std::string(day.substr(0, 4)));
  unsigned m = std::stoi(std::string(day.substr(5, 2)));
  unsigned d = std::stoi(std::string(day.substr(8, 2)));
  year_month_day ymd{sys_days{year_month_day{year{y}, month{m}, std::chrono::day{d}}} - std::chrono::days{days}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string today() {
  return clock::now_iso().substr(0, 10);
}

}  // namespace filet::families
