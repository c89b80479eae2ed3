#pragma once
// The SQL of Law 25's export (s. 27) beyond the family's own records: the previous versions kept
// of its records and the audit log's entries about them.
#include <string>
#include <vector>

#include "db/scope.hpp"

namespace filet::families::export_repository {

struct KeptVersion {
  std::string entity, record_id;
  int64_t version = 0;
  std::string previous;  // the record's JSON before the change
  std::string changed_at;
};
// The previous versions of a family's records, oldest first; a family the scope reads identified.
Result<std::vector<KeptVersion>> history_of(db::ScopedConnection& c, const std::string& family_id);

struct AuditLine {
  std::string at, user_email, action, entity, entity_id;
};
// The audit log's entries about the records `ids` (the family and its entries), oldest first.
Result<std::vector<AuditLine>> audit_about(db::Connection& c, const std::vector<std::string>& ids);

}  // namespace filet::families::export_repository
