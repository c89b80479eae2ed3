#pragma once
// The rules of referral agreements: recorded and changed by a manager of either organization
// (asked of the policy), between two different organizations of Filet that stay the same once
// recorded; optimistic versions; one audit entry per change; read by both sides and by the
// coordinators and evaluators of their programs, active ones past their review date flagged.
#include "export/table_writer.hpp"
#include "partnerships/agreement_repository.hpp"
#include "partnerships/key_partner_service.hpp"

namespace filet::partnerships {

class AgreementService {
 public:
  explicit AgreementService(db::Pool& pool) : pool_(pool) {}
  Result<db::Page<ReferralAgreement>> list(const Requester& who, const agreement_repository::Filters& filters,
                                           const db::ListQuery& query);
  Result<ReferralAgreement> get(const Requester& who, const std::string& id);
  Result<ReferralAgreement> create(const Requester& who, const AgreementChanges& changes);
  Result<ReferralAgreement> update(const Requester& who, const std::string& id, const AgreementChanges& changes);
  // Every agreement the reader reads (the list's filters), as rows of the export writer; audited.
  Result<void> write_export(const Requester& who, const agreement_repository::Filters& filters,
                            exports::TableWriter& out, exports::Language language);

 private:
  db::Pool& pool_;
};

}  // namespace filet::partnerships
