#pragma once
// A referral agreement (entente de référencement, issue 12, item 4; seed 004's negotiated
// referral mechanisms): two organizations, their professional contacts on each side, what is shared,
// how referrals are made, when it starts and when it is to be reviewed, and its status.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace filet::partnerships {

inline constexpr std::string_view kAgreementStatuses[] = {"draft", "active", "ended"};

// A professional contact of one side (not a family's).
struct AgreementContact {
  std::string name, role, phone, email;
};
inline constexpr size_t kMaxContactsPerSide = 5;

struct ReferralAgreement {
  std::string id;
  std::string organization_id, other_organization_id;
  std::string organization_name, other_organization_name;  // read
  std::vector<AgreementContact> contacts, other_contacts;  // the organization's, the other's
  std::string what_is_shared, how_to_refer;
  std::string starts_on, review_on;  // YYYY-MM-DD; review_on "" when none
  std::string status = "draft";
  bool review_due = false;  // read: active and past its review date
  bool editable = false;    // read: the reader may change it (a manager of either side)
  std::string created_by, created_at, updated_at;
  int64_t version = 1;
};

struct AgreementChanges {
  std::optional<std::string> organization_id, other_organization_id, what_is_shared, how_to_refer, starts_on, review_on,
      status;
  std::optional<std::vector<AgreementContact>> contacts, other_contacts;  // each replaces the whole side
  std::optional<int64_t> version;
};

void apply(ReferralAgreement& a, const AgreementChanges& changes);

// The rules between an agreement's own fields, every broken one at once: two different
// organizations; the review on or after the start; at most kMaxContactsPerSide contacts a side,
// each reachable (a phone or an e-mail).
Result<void> check(const ReferralAgreement& a);

// Whether an agreement in `status` reviewed on `review_on` is past it on `today`: only active
// agreements are due (a draft is not in force, an ended one is over).
bool review_due(std::string_view status, std::string_view review_on, std::string_view today);

}  // namespace filet::partnerships
