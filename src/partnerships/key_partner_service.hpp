#pragma once
// The rules of key partners: each practitioner and manager of an organization records their own
// choices (the policy gives the role they choose in), at most three per period (overlapping
// periods count together); the partner is an organization of Filet or a name typed in; the
// category, success factors and obstacles are codes of reference lists; optimistic versions; one
// audit entry per change. The summary: aggregates wherever the scope reads, small counts hidden
// outside the organizations read identified.
#include <boost/json/object.hpp>

#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "db/pool.hpp"
#include "export/table_writer.hpp"
#include "partnerships/key_partner_repository.hpp"

namespace filet::partnerships {

struct Requester {
  const auth::Principal& principal;
  const db::Scope& scope;
  audit::Actor actor;
};

class KeyPartnerService {
 public:
  explicit KeyPartnerService(db::Pool& pool) : pool_(pool) {}
  Result<db::Page<KeyPartner>> list(const Requester& who, const key_partner_repository::Filters& filters,
                                    const db::ListQuery& query);
  Result<KeyPartner> get(const Requester& who, const std::string& id);
  Result<KeyPartner> create(const Requester& who, const KeyPartnerChanges& changes);
  Result<KeyPartner> update(const Requester& who, const std::string& id, const KeyPartnerChanges& changes);
  Result<void> remove(const Requester& who, const std::string& id);
  // `from` after `to` is a bad_query naming `to`.
  Result<boost::json::object> summary(const db::Scope& scope, const std::string& from, const std::string& to);
  // The summary as rows of the export writer (key_partner_export.hpp), categories labelled from
  // their reference list in the file's language.
  Result<void> write_summary(const db::Scope& scope, const std::string& from, const std::string& to,
                             exports::TableWriter& out, exports::Language language);

 private:
  db::Pool& pool_;
};

}  // namespace filet::partnerships
