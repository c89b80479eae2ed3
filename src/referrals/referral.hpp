#pragma once
// A referral of a family, by the organization that accompanies it, to a directory service (and
// so its organization) or to an organization: the needs, the urgency, a message to the receiver,
// whether it goes to a named person and whether the worker accompanies the parent; its status in
// the loop (referral_status.hpp) and every step taken, dated, with who took it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/referral_policy.hpp"

namespace filet::referrals {

inline constexpr std::string_view kUrgencies[] = {"routine", "soon", "urgent"};
inline constexpr std::string_view kSides[] = {"sender", "receiver"};
// How long a sent referral may wait for its acknowledgement before it is flagged overdue.
inline constexpr int kDefaultOverdueDays = 7;

struct Referral {
  std::string id;
  std::string organization_id;     // the sending organization (the family's)
  std::string family_id;           // "" when read by the receiver
  std::string family_code;         // the family's pseudonymous code
  std::string to_organization_id;  // the receiving organization
  std::string service_id;          // the directory service, "" for an organization with none listed
  std::vector<std::string> need_ids;
  std::string urgency = "routine";
  std::string message;
  bool personalised = false;   // to a named person of the receiving organization
  std::string contact_person;  // that person
  bool accompanied = false;    // the worker goes with the parent
  std::string status = "draft";
  std::string decline_reason;
  std::string sent_at, acknowledged_at, first_contact_at;  // "" until then
  std::string created_by;                                  // "" when read by the receiver
  std::string created_at, updated_at;
  int64_t version = 1;
  // Worked out when read, for who reads it.
  auth::ReferralSide side = auth::ReferralSide::none;
  bool overdue = false;
};

struct ReferralChanges {
  std::optional<std::string> family_id, to_organization_id, service_id, urgency, message, contact_person;
  std::optional<std::vector<std::string>> need_ids;
  std::optional<bool> personalised, accompanied;
  std::optional<int64_t> version;
};

// One step of the loop, as stored (in the order taken).
struct Transition {
  std::string id, referral_id, from_status, to_status, reason, note, made_by, made_by_organization_id, made_at;
};

// A step asked for: the status wanted, the decline reason, a note; against `version` if given.
struct TransitionRequest {
  std::string to, reason, note;
  std::optional<int64_t> version;
};

void apply(Referral& referral, const ReferralChanges& changes);

// Whole days from the date of `from` to the date of `to` (timestamps or dates, ISO 8601);
// nullopt when either is empty or not a date.
std::optional<int64_t> days_between(std::string_view from, std::string_view to);
// A referral sent and still without an acknowledgement more than `days` days after it was sent.
bool is_overdue(std::string_view status, std::string_view sent_at, std::string_view today, int days);

}  // namespace filet::referrals
