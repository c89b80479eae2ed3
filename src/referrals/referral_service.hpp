#pragma once
// The rules of referrals: who sends and who answers (asked of the policy), consent gating (a
// referral is sent only while the family's consent to share with the receiver holds, else it can
// only be recorded as information given), the loop (referral_status.hpp), optimistic versions,
// every step stored with its date and who took it, one audit entry per change.
#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "db/pool.hpp"
#include "referrals/referral_repository.hpp"

namespace filet::referrals {

struct Requester {
  const auth::Principal& principal;
  const db::Scope& scope;
  audit::Actor actor;
};

class ReferralService {
 public:
  // `overdue_days`: a referral sent and not acknowledged after that many days is flagged.
  ReferralService(db::Pool& pool, int overdue_days = kDefaultOverdueDays) : pool_(pool), overdue_days_(overdue_days) {}
  Result<db::Page<Referral>> list(const Requester& who, referral_repository::Filters filters,
                                  const db::ListQuery& query);
  Result<Referral> get(const Requester& who, const std::string& id);
  Result<std::vector<Transition>> timeline(const Requester& who, const std::string& id);
  // A new referral is a draft: sending it is a step of the loop.
  Result<Referral> create(const Requester& who, const ReferralChanges& changes);
  // Only the sender changes a referral, and only while it is a draft.
  Result<Referral> update(const Requester& who, const std::string& id, const ReferralChanges& changes);
  Result<Referral> move(const Requester& who, const std::string& id, const TransitionRequest& step);

 private:
  // What the reader may see of a referral: the receiver gets neither the family's id nor who
  // made it; the side and the overdue flag are worked out for today.
  Referral for_reader(const db::Scope& scope, Referral r, const std::string& today) const;
  db::Pool& pool_;
  int overdue_days_;
};

}  // namespace filet::referrals
