#include "gaps/gap.hpp"

#include <cstdio>

namespace filet::gaps {

void apply(Gap& g, const GapChanges& c) {
  if (c.organization_id) g.organization_id = *c.organization_id;
  if (c.need_id) g.need_id = *c.need_id;
  if (c.territory_id) g.territory_id = *c.territory_id;
  if (c.reason) g.reason = *c.reason;
  if (c.reason_other) g.reason_other = *c.reason_other;
  if (c.family_id) g.family_id = *c.family_id;
  if (c.referral_id) g.referral_id = *c.referral_id;
  if (c.note) g.note = *c.note;
  if (c.gap_date) g.gap_date = *c.gap_date;
  // A reason other than "other" keeps no text of its own.
  if (g.reason != "other") g.reason_other.clear();
}

bool proposes_gap(std::string_view status) {
  return status == "declined" || status == "withdrew" || status == "no_show";
}

std::string_view proposed_reason(std::string_view status, std::string_view decline_reason) {
  if (status != "declined") return "";
  if (decline_reason == "full_waiting_list") return "waiting_list";
  if (decline_reason == "not_eligible") return "not_eligible";
  if (decline_reason == "outside_territory") return "transport";
  if (decline_reason == "other") return "other";
  return "";
}

std::string quarter_of(std::string_view d) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
      if (d[i] < '0' || d[i] > '9') return false;
    return true;
  };
  if (d.size() < 10 || !digits(0, 4) || d[4] != '-' || !digits(5, 2) || d[7] != '-' || !digits(8, 2)) return "";
  int month = (d[5] - '0') * 10 + (d[6] - '0');
  if (month < 1 || month > 12) return "";
  return std::string(d.substr(0, 4)) + "-Q" + std::to_string((month - 1) / 3 + 1);
}

bool is_quarter(std::string_view q) {
  if (q.size() != 7 || q[4] != '-' || q[5] != 'Q' || q[6] < '1' || q[6] > '4') return false;
  return !quarter_of(std::string(q.substr(0, 4)) + "-01-01").empty();
}

std::pair<std::string, std::string> quarter_days(std::string_view quarter) {
  const int year = std::stoi(std::string(quarter.substr(0, 4)));
  const int q = quarter[6] - '0';
  auto first_day = [](int y, int month) {
    char out[11];
    std::snprintf(out, sizeof out, "%04d-%02d-01", y, month);
    return std::string(out);
  };
  return {first_day(year, q * 3 - 2), q == 4 ? first_day(year + 1, 1) : first_day(year, q * 3 + 1)};
}

}  // namespace filet::gaps
