#include "groups/compensation_service.hpp"

#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/record_version.hpp"
#include "groups/compensation_fields.hpp"
#include "groups/compensation_repository.hpp"
#include "groups/group_repository.hpp"

namespace filet::groups {
namespace repo = compensation_repository;

namespace {

Error field_error(std::string field, FieldCode code, std::string param = {}) {
  return Error::field(ErrorCode::validation_failed, std::move(field), code, std::move(param));
}

// The payee, the session and the date, the first broken rule.
Result<void> check(db::ScopedConnection& c, const auth::GroupReach& reach, const Compensation& k) {
  if (k.participant_id.empty() == k.payee_organization_id.empty())
    return fail(field_error(k.participant_id.empty() ? "payee_organization_id" : "participant_id",
                            FieldCode::one_of_two,
                            k.participant_id.empty() ? "participant_id" : "payee_organization_id"));
  if (!k.participant_id.empty()) {
    auto p = group_repository::find_participant(c, reach, k.participant_id);
    if (!p && p.error().code != ErrorCode::not_found) return fail(p.error());
    if (!p || p->group_id != k.group_id) return fail(field_error("participant_id", FieldCode::not_found));
  }
  if (!k.payee_organization_id.empty() &&
      !TRY(group_repository::first_unknown_organization(c, {k.payee_organization_id})).empty())
    return fail(field_error("payee_organization_id", FieldCode::not_found));
  if (!k.session_id.empty()) {
    auto s = group_repository::find_session(c, reach, k.session_id);
    if (!s && s.error().code != ErrorCode::not_found) return fail(s.error());
    if (!s || s->group_id != k.group_id) return fail(field_error("session_id", FieldCode::not_found));
  }
  if (!k.paid_on.empty() && k.paid_on > clock::now_iso().substr(0, 10))
    return fail(field_error("paid_on", FieldCode::in_future));
  return {};
}

// The group a body names, among those the reader plans (else as if it did not exist).
Result<Group> planned_group(db::ScopedConnection& c, const Requester& who, const auth::GroupReach& reach,
                            const std::string& group_id) {
  auto g = group_repository::find_group(c, reach, group_id);
  if (!g && g.error().code == ErrorCode::not_found) return fail(field_error("group_id", FieldCode::not_found));
  if (g) TRY_VOID(auth::may_plan_groups(who.principal, who.scope, g->organization_id));
  return g;
}

}  // namespace

Result<db::Page<Compensation>> CompensationService::list(const Requester& who, const std::string& group_id,
                                                         const db::ListQuery& query) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::list(scoped, auth::compensation_reach(who.principal, who.scope), group_id, query);
}

Result<Compensation> CompensationService::get(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::find(scoped, auth::compensation_reach(who.principal, who.scope), id);
}

Result<Compensation> CompensationService::create(const Requester& who, const CompensationChanges& changes) {
  Compensation k;
  apply(k, changes);
  const auto reach = auth::compensation_reach(who.principal, who.scope);
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto group = TRY(planned_group(scoped, who, reach, k.group_id));
  TRY_VOID(check(scoped, reach, k));
  k.id = ids::new_uuid();
  k.created_at = k.updated_at = clock::now_iso();
  TRY_VOID(repo::insert(scoped, k));
  TRY_VOID(audit::record(*c, who.actor, {"create", "group_compensation", k.id, group.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find(scoped, reach, k.id);
}

Result<Compensation> CompensationService::update(const Requester& who, const std::string& id,
                                                 const CompensationChanges& changes) {
  const auto reach = auth::compensation_reach(who.principal, who.scope);
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto k = TRY(repo::find(scoped, reach, id));
  if (changes.group_id && *changes.group_id != k.group_id)
    return fail(field_error("group_id", FieldCode::invalid_value, k.group_id));
  auto group = TRY(planned_group(scoped, who, reach, k.group_id));
  if (core::is_stale(changes.version, k.version)) return fail(core::version_conflict(to_json(k)));
  apply(k, changes);
  TRY_VOID(check(scoped, reach, k));
  k.updated_at = clock::now_iso();
  TRY_VOID(core::with_current(repo::update(scoped, k), [&]() -> Result<boost::json::value> {
    return to_json(TRY(repo::find(scoped, reach, id)));
  }));
  TRY_VOID(audit::record(*c, who.actor, {"update", "group_compensation", id, group.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find(scoped, reach, id);
}

Result<CompensationTotals> CompensationService::totals(const Requester& who, const std::string& program_id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return compensation_totals(TRY(repo::lines(scoped, auth::compensation_reach(who.principal, who.scope), program_id)));
}

}  // namespace filet::groups
