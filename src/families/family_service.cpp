#include "families/family_service.hpp"

#include <algorithm>

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/record_version.hpp"
#include "families/dates.hpp"
#include "families/family_code.hpp"
#include "families/family_repository.hpp"
#include "reference/reference_list_service.hpp"

namespace filet::families {
namespace repo = family_repository;
namespace {

void apply(Family& f, const FamilyChanges& c) {
  if (c.adults) f.adults = *c.adults;
  if (c.single_parent) f.single_parent = *c.single_parent;
  if (c.father_involved) f.father_involved = *c.father_involved;
  if (c.children) f.children = *c.children;
  if (c.languages) f.languages = *c.languages;
  if (c.vulnerability_factors) f.vulnerability_factors = *c.vulnerability_factors;
  if (c.territory_id) f.territory_id = *c.territory_id;
  if (c.housing) f.housing = *c.housing;
  if (c.arrival_year) f.arrival_year = *c.arrival_year;
  if (c.immigration_status) f.immigration_status = *c.immigration_status;
  if (c.outreach_strategy) f.outreach_strategy = *c.outreach_strategy;
  if (c.status) f.status = *c.status;
  if (c.closing_reason) f.closing_reason = *c.closing_reason;
  if (c.worker_id) f.worker_id = *c.worker_id;
  if (c.notes) f.notes = *c.notes;
}

bool had(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// Codes of reference lists, the territory and the worker, against the record as it was.
Result<void> check(db::ScopedConnection& c, const Family& f, const Family& before) {
  auto& plain = c.connection();
  for (const auto& factor : f.vulnerability_factors)
    TRY_VOID(reference::check_offered(plain, "vulnerability_factor", factor, "vulnerability_factors",
                                      had(before.vulnerability_factors, factor) ? factor : std::string()));
  if (!f.outreach_strategy.empty())
    TRY_VOID(reference::check_offered(plain, "outreach_strategy", f.outreach_strategy, "outreach_strategy",
                                      before.outreach_strategy));
  if (f.status == "closed" && f.closing_reason.empty())
    return fail(Error::field(ErrorCode::validation_failed, "closing_reason", FieldCode::required));
  if (f.status != "closed" && !f.closing_reason.empty())
    return fail(Error::field(ErrorCode::validation_failed, "closing_reason", FieldCode::invalid_value, "closed"));
  if (!f.closing_reason.empty())
    TRY_VOID(reference::check_offered(plain, "family_closing_reason", f.closing_reason, "closing_reason",
                                      before.closing_reason));
  if (!f.territory_id.empty() && f.territory_id != before.territory_id &&
      !TRY(repo::territory_exists(plain, f.territory_id)))
    return fail(Error::field(ErrorCode::validation_failed, "territory_id", FieldCode::not_found));
  if (!f.worker_id.empty() && f.worker_id != before.worker_id &&
      !TRY(repo::works_in(plain, f.worker_id, f.organization_id)))
    return fail(Error::field(ErrorCode::validation_failed, "worker_id", FieldCode::other_organization));
  return {};
}

}  // namespace

Result<std::string> owning_organization(const auth::Principal& principal, const std::optional<std::string>& named) {
  if (named && !named->empty()) return *named;
  std::vector<std::string> mine;
  for (const auto& m : principal.memberships)
    if ((m.role == auth::Role::practitioner || m.role == auth::Role::manager) && !had(mine, m.organization_id))
      mine.push_back(m.organization_id);
  if (mine.size() == 1) return mine.front();
  return fail(Error::field(ErrorCode::validation_failed, "organization_id", FieldCode::required));
}

Result<db::Page<Family>> FamilyService::list(const db::Scope& scope, const db::ListQuery& query, FamilySearch search) {
  if (!search.name.empty()) {
    search.filter.name_hashes = vault_.name_query(search.name);
    if (search.filter.name_hashes.empty()) return db::Page<Family>{};
  }
  auto c = TRY(pool_.acquire());
  auto snapshot = TRY(db::Transaction::begin_read(*c));
  auto scoped = scope.on(*c);
  auto page = TRY(repo::list(scoped, query, search.filter, today()));
  TRY_VOID(snapshot.commit());
  return page;
}

Result<Family> FamilyService::get(const db::Scope& scope, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = scope.on(*c);
  return repo::find(scoped, id);
}

Result<Family> FamilyService::create(const audit::Actor& actor, const auth::Principal& principal,
                                     const db::Scope& scope, const FamilyChanges& changes) {
  Family f;
  f.organization_id = TRY(owning_organization(principal, changes.organization_id));
  if (!auth::may_change_family(scope, f.organization_id))
    return fail(Error::field(ErrorCode::forbidden, "organization_id", FieldCode::other_organization));
  f.id = changes.client_id.value_or(ids::new_uuid());
  f.created_at = f.updated_at = clock::now_iso();
  if (principal.has_role_in(f.organization_id, auth::Role::practitioner)) f.worker_id = principal.user_id;
  apply(f, changes);
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = scope.on(*c);
  TRY_VOID(check(scoped, f, Family{}));
  for (int attempt = 0;; ++attempt) {
    f.code = random_family_code();
    if (!TRY(repo::code_taken(scoped, f.organization_id, f.code))) break;
    if (attempt == 50) return fail(ErrorCode::conflict, "no free family code");
  }
  if (!TRY(repo::insert(scoped, f, actor.user_id))) {
    // The same create sent again (a phone's outbox): the first record, if this scope may see it.
    auto first = repo::find(scoped, f.id);
    if (!first) return fail(Error::field(ErrorCode::conflict, "id", FieldCode::duplicate));
    return first;
  }
  TRY_VOID(audit::record(*c, actor, {"create", "family", f.id, f.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find(scoped, f.id);
}

Result<Family> FamilyService::update(const audit::Actor& actor, const db::Scope& scope, const std::string& id,
                                     const FamilyChanges& changes) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = scope.on(*c);
  Family before = TRY(repo::find(scoped, id));
  TRY_VOID(auth::may_change_family(scope, before.organization_id));
  if (changes.organization_id && *changes.organization_id != before.organization_id)
    return fail(Error::field(ErrorCode::validation_failed, "organization_id", FieldCode::other_organization));
  if (core::is_stale(changes.version, before.version)) return fail(core::version_conflict(to_json(before)));
  Family f = before;
  apply(f, changes);
  if (changes.status && *changes.status != "closed" && !changes.closing_reason) f.closing_reason.clear();
  f.updated_at = clock::now_iso();
  TRY_VOID(check(scoped, f, before));
  TRY_VOID(core::with_current(repo::update(scoped, f),
                              [&]() -> Result<boost::json::value> { return to_json(TRY(repo::find(scoped, id))); }));
  TRY_VOID(repo::set_lists(scoped, f));
  TRY_VOID(repo::keep_previous(scoped, {before.organization_id, id, "family", id, before.version,
                                        boost::json::serialize(to_json(before)), actor.user_id, f.updated_at}));
  TRY_VOID(audit::record(*c, actor, {"update", "family", id, before.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find(scoped, id);
}

Result<db::Page<Family>> FamilyService::without_contact(const db::Scope& scope, int64_t days,
                                                        const std::string& worker_id, const db::ListQuery& query) {
  auto since = days_before(today(), days);
  auto c = TRY(pool_.acquire());
  auto scoped = scope.on(*c);
  return repo::without_contact_since(scoped, since, worker_id, query);
}

}  // namespace filet::families
