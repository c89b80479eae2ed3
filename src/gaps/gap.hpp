#pragma once
// A service gap (trou de services, issue 12, item 3): a need a worker of an organization could
// not get met in a territory, and why; optionally the family (of that organization) and the
// referral it came from. Declined referrals and referrals closed without service propose one.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace filet::gaps {

inline constexpr std::string_view kGapReasons[] = {"no_service",          // no such service in the territory
                                                   "waiting_list",        // a service exists, with a waiting list
                                                   "not_eligible",        // the family is not eligible
                                                   "cost",                // too costly for the family
                                                   "transport",           // transport or distance
                                                   "language",            // not offered in the family's language
                                                   "opening_hours",       // opening hours that do not suit the family
                                                   "immigration_status",  // the family's immigration status bars it
                                                   "other"};              // other: reason_other says which

struct Gap {
  std::string id;
  std::string organization_id;  // the recording organization
  std::string need_id;          // a term of the need taxonomy
  std::string territory_id;
  std::string reason;
  std::string reason_other;  // only with reason "other"
  std::string family_id;     // "" when none
  std::string family_code;   // the family's pseudonymous code, "" when none
  std::string referral_id;   // "" when not from a referral
  std::string note;
  std::string gap_date;  // YYYY-MM-DD
  std::string created_by;
  std::string created_at, updated_at;
  int64_t version = 1;
};

struct GapChanges {
  std::optional<std::string> organization_id, need_id, territory_id, reason, reason_other, family_id, referral_id, note,
      gap_date;
  std::optional<int64_t> version;
};

void apply(Gap& gap, const GapChanges& changes);

// Whether a referral left in `status` proposes a gap: declined, or closed without service (the
// family withdrew or did not show).
bool proposes_gap(std::string_view referral_status);
// The reason proposed for a referral in `status`, declined for `decline_reason`: full / waiting
// list → waiting_list, not eligible → not_eligible, outside the territory → transport, other →
// other; "" when the referral says nothing of why (withdrew, no show, already served, family
// unreachable): the worker chooses.
std::string_view proposed_reason(std::string_view referral_status, std::string_view decline_reason);

// "2026-Q3" for a date of July to September 2026; "" when `date` is not YYYY-MM-DD.
std::string quarter_of(std::string_view date);
// Whether `text` names a quarter as quarter_of writes it ("2026-Q3").
bool is_quarter(std::string_view text);
// The first day of a quarter named as quarter_of writes it and the first day of the next one
// ("2026-Q4" → 2026-10-01, 2027-01-01): the quarter's dates as a half-open range.
std::pair<std::string, std::string> quarter_days(std::string_view quarter);

}  // namespace filet::gaps
