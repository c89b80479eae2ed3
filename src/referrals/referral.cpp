#include "referrals/referral.hpp"

#include <charconv>
#include <chrono>

namespace filet::referrals {
namespace {

std::optional<std::chrono::sys_days> day_of(std::string_view s) {
  if (s.size() < 10) return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  auto part = [&](size_t at, size_t n, auto& out) {
    auto [p, ec] = std::from_chars(s.data() + at, s.data() + at + n, out);
    return ec == std::errc() && p == s.data() + at + n;
  };
  if (s[4] != '-' || s[7] != '-' || !part(0, 4, y) || !part(5, 2, m) || !part(8, 2, d)) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

}  // namespace

void apply(Referral& r, const ReferralChanges& c) {
  if (c.family_id) r.family_id = *c.family_id;
  if (c.to_organization_id) r.to_organization_id = *c.to_organization_id;
  if (c.service_id) r.service_id = *c.service_id;
  if (c.urgency) r.urgency = *c.urgency;
  if (c.message) r.message = *c.message;
  if (c.contact_person) r.contact_person = *c.contact_person;
  if (c.need_ids) r.need_ids = *c.need_ids;
  if (c.personalised) r.personalised = *c.personalised;
  if (c.accompanied) r.accompanied = *c.accompanied;
}

std::optional<int64_t> days_between(std::string_view from, std::string_view to) {
  auto a = day_of(from), b = day_of(to);
  if (!a || !b) return std::nullopt;
  return (*b - *a).count();
}

bool is_overdue(std::string_view status, std::string_view sent_at, std::string_view today, int days) {
  if (status != "sent") return false;
  auto waited = days_between(sent_at, today);
  return waited && *waited > days;
}

}  // namespace filet::referrals
