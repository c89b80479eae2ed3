#include "privacy/incident_service.hpp"

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/organization_repository.hpp"
#include "core/record_version.hpp"

namespace filet::privacy {
namespace repo = incident_repository;

Result<db::Page<Incident>> IncidentService::list(const Requester& who, const repo::Filters& filters,
                                                 const db::ListQuery& query) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::list(scoped, auth::incident_registers(who.principal), filters, query);
}

Result<Incident> IncidentService::get(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::find(scoped, auth::incident_registers(who.principal), id);
}

Result<Incident> IncidentService::create(const Requester& who, const IncidentChanges& changes) {
  Incident incident;
  apply(incident, changes);
  TRY_VOID(auth::may_keep_incident_register(who.principal, incident.organization_id));
  TRY_VOID(check_incident(incident));
  incident.id = ids::new_uuid();
  incident.created_at = incident.updated_at = clock::now_iso();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto missing = TRY(core::organization_repository::missing_ids(*c, "organizations", {incident.organization_id}));
  if (!missing.empty())
    return fail(Error::field(ErrorCode::validation_failed, "organization_id", FieldCode::not_found));
  auto scoped = who.scope.on(*c);
  TRY_VOID(repo::insert(scoped, incident));
  TRY_VOID(audit::record(*c, who.actor, {"create", "confidentiality_incident", incident.id, incident.organization_id}));
  TRY_VOID(tx.commit());
  return incident;
}

Result<Incident> IncidentService::update(const Requester& who, const std::string& id, const IncidentChanges& changes) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  const auto registers = auth::incident_registers(who.principal);
  Incident incident = TRY(repo::find(scoped, registers, id));
  if (core::is_stale(changes.version, incident.version)) return fail(core::version_conflict(to_json(incident)));
  // An incident stays in the register it was recorded in.
  if (changes.organization_id && *changes.organization_id != incident.organization_id)
    return fail(Error::field(ErrorCode::validation_failed, "organization_id", FieldCode::invalid_value,
                             incident.organization_id));
  apply(incident, changes);
  TRY_VOID(check_incident(incident));
  incident.updated_at = clock::now_iso();
  // Compares with the version just read (another change since then: a conflict).
  TRY_VOID(core::with_current(repo::update(scoped, incident), [&]() -> Result<boost::json::value> {
    return to_json(TRY(repo::find(scoped, registers, id)));
  }));
  TRY_VOID(audit::record(*c, who.actor, {"update", "confidentiality_incident", id, incident.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find(scoped, registers, id);
}

}  // namespace filet::privacy
