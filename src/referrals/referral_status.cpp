#include "referrals/referral_status.hpp"

#include <algorithm>
#include <string>

namespace filet::referrals {
namespace {

struct Arrow {
  std::string_view from, to;
  ReferralSide side;
};

// The one table of the loop. The sender sends (or records "information given"), and may cancel
// until the receiver has accepted and the service begins; the receiver answers and follows up.
constexpr Arrow kArrows[] = {
    {"draft", "sent", ReferralSide::sender},
    {"draft", "information_only", ReferralSide::sender},
    {"draft", "cancelled", ReferralSide::sender},
    {"sent", "cancelled", ReferralSide::sender},
    {"acknowledged", "cancelled", ReferralSide::sender},
    {"accepted", "cancelled", ReferralSide::sender},
    {"sent", "acknowledged", ReferralSide::receiver},
    {"acknowledged", "accepted", ReferralSide::receiver},
    {"acknowledged", "declined", ReferralSide::receiver},
    {"accepted", "first_contact", ReferralSide::receiver},
    {"accepted", "withdrew", ReferralSide::receiver},
    {"accepted", "no_show", ReferralSide::receiver},
    {"first_contact", "service_started", ReferralSide::receiver},
    {"first_contact", "withdrew", ReferralSide::receiver},
    {"first_contact", "no_show", ReferralSide::receiver},
    {"service_started", "completed", ReferralSide::receiver},
    {"service_started", "withdrew", ReferralSide::receiver},
};

}  // namespace

std::vector<std::string_view> next_statuses(std::string_view from, ReferralSide side) {
  std::vector<std::string_view> next;
  if (side == ReferralSide::none) return next;
  for (const auto& a : kArrows)
    if (a.from == from && a.side == side) next.push_back(a.to);
  return next;
}

bool is_final(std::string_view status) {
  return std::none_of(std::begin(kArrows), std::end(kArrows), [&](const Arrow& a) { return a.from == status; });
}

Result<void> check_step(const Step& step) {
  auto next = next_statuses(step.from, step.side);
  if (std::find(next.begin(), next.end(), step.to) == next.end()) {
    std::string allowed;
    for (auto s : next) allowed += (allowed.empty() ? "" : ", ") + std::string(s);
    return fail(Error::field(ErrorCode::validation_failed, "status", FieldCode::invalid_value,
                             allowed.empty() ? "-" : allowed));
  }
  // Nothing leaves the sending organization without the family's consent to share with the
  // receiver: the referral can then only be recorded as information given to the family.
  if (step.to == "sent" && !step.consent)
    return fail(Error::field(ErrorCode::validation_failed, "status", FieldCode::consent_missing, "referral_sharing"));
  if (step.to == "declined" && step.reason.empty())
    return fail(Error::field(ErrorCode::validation_failed, "decline_reason", FieldCode::required));
  if (step.to != "declined" && !step.reason.empty())
    return fail(Error::field(ErrorCode::validation_failed, "decline_reason", FieldCode::invalid_value, "declined"));
  return {};
}

}  // namespace filet::referrals
