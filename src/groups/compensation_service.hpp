#pragma once
// The rules of compensation: only those who plan a group record and read what it pays (asked of
// the policy), exactly one payee (an organization, or a participant of that group), a session of
// that group if one is named, no payment dated in the future, optimistic versions, one audit
// entry per change. The totals per organization and per program for the accounts.
#include "groups/compensation.hpp"
#include "groups/group_service.hpp"

namespace filet::groups {

class CompensationService {
 public:
  explicit CompensationService(db::Pool& pool) : pool_(pool) {}

  Result<db::Page<Compensation>> list(const Requester& who, const std::string& group_id, const db::ListQuery& query);
  Result<Compensation> get(const Requester& who, const std::string& id);
  Result<Compensation> create(const Requester& who, const CompensationChanges& changes);
  Result<Compensation> update(const Requester& who, const std::string& id, const CompensationChanges& changes);
  // Every compensation of the groups the reader plans, of a program ("" = any).
  Result<CompensationTotals> totals(const Requester& who, const std::string& program_id);

 private:
  db::Pool& pool_;
};

}  // namespace filet::groups
