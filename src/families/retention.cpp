#include "families/retention.hpp"

#include <chrono>
#include <cstdio>

#include "common/clock.hpp"

namespace filet::families {
namespace {

using namespace std::chrono;

std::optional<year_month_day> parse(std::string_view day) {
  if (!clock::is_date(day)) return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(std::string(day).c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return std::nullopt;
  year_month_day ymd{year{y}, month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::string format(const year_month_day& ymd) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

// The same day `years` later, or earlier for negative years; 29 February becomes the last day
// of February in a year without it.
year_month_day shift_years(const year_month_day& from, int64_t years) {
  year_month_day to{from.year() + std::chrono::years{years}, from.month(), from.day()};
  if (to.ok()) return to;
  return year_month_day{year_month_day_last{to.year(), month_day_last{to.month()}}};
}

}  // namespace

std::optional<std::string> retention_due_on(std::string_view closed_on, int64_t years) {
  auto from = parse(closed_on);
  if (!from) return std::nullopt;
  return format(shift_years(*from, years));
}

bool retention_due(std::string_view status, std::string_view closed_on, int64_t years, std::string_view today) {
  if (status != "closed" || !clock::is_date(today)) return false;
  auto due = retention_due_on(closed_on, years);
  return due && *due <= today;
}

std::string retention_closed_by(std::string_view today, int64_t years) {
  auto day = parse(today);
  if (!day) return "0000-00-00";
  // Closed on D is due on D + years (28 Feb for 29 Feb). The latest such D not after today is
  // today - years, or 29 February when today is 28 February of a year without one.
  auto back = shift_years(*day, -years);
  if (day->month() == February && day->day() == 28d && !day->year().is_leap() && back.year().is_leap())
    back = year_month_day{back.year(), February, 29d};
  return format(back);
}

}  // namespace filet::families
