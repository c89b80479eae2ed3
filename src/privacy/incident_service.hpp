#pragma once
// The rules of the register of confidentiality incidents: who keeps which register (asked of the
// policy), the regulation's rules on an incident (check_incident), optimistic versions, and one
// audit entry per change, in the same transaction.
#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "db/pool.hpp"
#include "privacy/incident_repository.hpp"

namespace filet::privacy {

// Who asks: their account (the policy's question) and the request's scope (the data's filter).
struct Requester {
  const auth::Principal& principal;
  const db::Scope& scope;
  audit::Actor actor;
};

class IncidentService {
 public:
  explicit IncidentService(db::Pool& pool) : pool_(pool) {}
  Result<db::Page<Incident>> list(const Requester& who, const incident_repository::Filters& filters,
                                  const db::ListQuery& query);
  Result<Incident> get(const Requester& who, const std::string& id);
  Result<Incident> create(const Requester& who, const IncidentChanges& changes);
  Result<Incident> update(const Requester& who, const std::string& id, const IncidentChanges& changes);

 private:
  db::Pool& pool_;
};

}  // namespace filet::privacy
