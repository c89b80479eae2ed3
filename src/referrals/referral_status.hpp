#pragma once
// The loop of a referral, as a pure state machine: which status may follow which, and which side
// (the sending organization or the receiving one) makes each step. The service stores every step
// it allows in the referral's transitions.
#include <span>
#include <string_view>
#include <vector>

#include "auth/referral_policy.hpp"
#include "common/error.hpp"

namespace filet::referrals {

inline constexpr std::string_view kStatuses[] = {"draft",    "sent",          "acknowledged",     "accepted",
                                                 "declined", "first_contact", "service_started",  "completed",
                                                 "withdrew", "no_show",       "information_only", "cancelled"};
// Why a receiving organization declines (issue 12, item 2).
inline constexpr std::string_view kDeclineReasons[] = {"not_eligible",   "full_waiting_list",  "outside_territory",
                                                       "already_served", "family_unreachable", "other"};

using auth::ReferralSide;

// The statuses `side` may move a referral in `from` to (none for a final status or no side).
std::vector<std::string_view> next_statuses(std::string_view from, ReferralSide side);

// What a step asks besides its statuses.
struct Step {
  std::string_view from, to;
  ReferralSide side = ReferralSide::none;
  bool consent = false;          // the family's referral_sharing consent with the receiver holds today
  std::string_view reason = {};  // decline_reason: required to decline, refused otherwise
};

// Allowed, or: validation_failed naming `status` (invalid_value) (the statuses allowed from `from`, for this side,
// as its param); sending without the consent: validation_failed naming `status` (consent_missing);
// declining without a reason, or a reason on another step: validation_failed naming `decline_reason`.
Result<void> check_step(const Step& step);

// Whether a status ends the loop (no step follows it).
bool is_final(std::string_view status);

}  // namespace filet::referrals
