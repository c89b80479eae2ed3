#include "core/organization_service.hpp"

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/organization_repository.hpp"
#include "core/record_version.hpp"

namespace filet::core {
namespace repo = organization_repository;

namespace {

void apply(Organization& o, const OrganizationChanges& changes) {
  if (changes.name) o.name = *changes.name;
  if (changes.sector) o.sector = *changes.sector;
  if (changes.email) o.email = *changes.email;
  if (changes.phone) o.phone = *changes.phone;
  if (changes.website) o.website = *changes.website;
  if (changes.active) o.active = *changes.active;
}

Result<void> check_territories(db::Connection& c, const OrganizationChanges& changes) {
  if (!changes.territory_ids) return {};
  auto missing = TRY(repo::missing_ids(c, "territories", *changes.territory_ids));
  if (!missing.empty()) return fail(Error::field(ErrorCode::validation_failed, "territory_ids", FieldCode::not_found));
  return {};
}

}  // namespace

Result<Page<Organization>> OrganizationService::list(const ListQuery& query, const OrganizationFilter& filter) {
  auto c = TRY(pool_.acquire());
  auto snapshot = TRY(db::Transaction::begin_read(*c));
  auto page = TRY(repo::list(*c, query, filter));
  TRY_VOID(snapshot.commit());
  return page;
}

Result<Organization> OrganizationService::get(const std::string& id) {
  auto c = TRY(pool_.acquire());
  return repo::find(*c, id);
}

Result<Organization> OrganizationService::create(const audit::Actor& actor, const OrganizationChanges& changes) {
  Organization o;
  o.id = ids::new_uuid();
  o.created_at = o.updated_at = clock::now_iso();
  apply(o, changes);
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  TRY_VOID(check_territories(*c, changes));
  TRY_VOID(repo::insert(*c, o, changes.territory_ids.value_or(std::vector<std::string>{})));
  TRY_VOID(audit::record(*c, actor, {"create", "organization", o.id, o.id}));
  TRY_VOID(tx.commit());
  return repo::find(*c, o.id);
}

Result<Organization> OrganizationService::update(const audit::Actor& actor, const auth::Principal& principal,
                                                 const std::string& id, const OrganizationChanges& changes) {
  if (changes.active) TRY_VOID(auth::may_open_or_close_organization(principal));
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  Organization o = TRY(repo::find(*c, id));
  if (is_stale(changes.version, o.version)) return fail(version_conflict(o));
  apply(o, changes);
  o.updated_at = clock::now_iso();
  TRY_VOID(check_territories(*c, changes));
  TRY_VOID(with_current(repo::update(*c, o), [&] { return repo::find(*c, id); }));
  if (changes.territory_ids) TRY_VOID(repo::set_territories(*c, id, *changes.territory_ids));
  TRY_VOID(audit::record(*c, actor, {"update", "organization", id, id}));
  if (on_change_) TRY_VOID(on_change_(*c, id));
  TRY_VOID(tx.commit());
  return repo::find(*c, id);
}

}  // namespace filet::core
