#pragma once
// The rules of service gaps: recorded by a practitioner or manager of an organization (asked of
// the policy), of a need of the taxonomy, in a territory, for a family of that organization and
// from one of its referrals if named (the referral's family then); optimistic versions; one audit
// entry per change. A declined referral or one closed without service proposes a gap, pre-filled,
// without recording anything. The register: aggregates wherever the scope reads, small counts
// suppressed (complementary included) outside the organizations read identified.
#include <boost/json/object.hpp>

#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "db/pool.hpp"
#include "export/table_writer.hpp"
#include "gaps/gap_repository.hpp"

namespace filet::gaps {

struct Requester {
  const auth::Principal& principal;
  const db::Scope& scope;
  audit::Actor actor;
};

struct RegisterRequest {
  gap_repository::RegisterFilter filter;
  std::string quarter;  // "2026-Q3" or ""
};

class GapService {
 public:
  explicit GapService(db::Pool& pool) : pool_(pool) {}
  Result<db::Page<Gap>> list(const Requester& who, const gap_repository::Filters& filters, const db::ListQuery& query);
  Result<Gap> get(const Requester& who, const std::string& id);
  Result<Gap> create(const Requester& who, const GapChanges& changes);
  Result<Gap> update(const Requester& who, const std::string& id, const GapChanges& changes);
  Result<void> remove(const Requester& who, const std::string& id);
  // The gap a referral proposes (nothing is recorded): its first need, the family's territory,
  // the reason mapped from the decline reason.
  Result<boost::json::object> proposal(const Requester& who, const std::string& referral_id);
  Result<boost::json::object> register_of(const db::Scope& scope, const RegisterRequest& request);
  // The register as rows of the export writer: one per need and territory.
  Result<void> write_register(const db::Scope& scope, const RegisterRequest& request, exports::TableWriter& out,
                              exports::Language language);

 private:
  db::Pool& pool_;
};

// The export's header row in the file's language.
std::vector<exports::Column> register_columns(exports::Language language);

}  // namespace filet::gaps
