#include "referrals/referral_service.hpp"

#include "auth/referral_policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/record_version.hpp"
#include "families/consent_rules.hpp"
#include "families/entry_repository.hpp"
#include "families/family_repository.hpp"
#include "referrals/referral_fields.hpp"
#include "referrals/referral_status.hpp"

namespace filet::referrals {
namespace repo = referral_repository;

namespace {

std::string today() {
  return clock::now_iso().substr(0, 10);
}

// The rules between fields, and the references a referral names, every broken one at once.
Result<void> check_referral(db::Connection& c, const Referral& r) {
  std::vector<FieldError> errors;
  if (r.need_ids.empty())
    errors.push_back({"need_ids", FieldCode::required});
  else if (!TRY(families::entry_repository::needs_exist(c, r.need_ids)))
    errors.push_back({"need_ids", FieldCode::not_found});
  if (r.personalised && r.contact_person.empty()) errors.push_back({"contact_person", FieldCode::required});
  if (errors.empty()) return {};
  return fail(Error{ErrorCode::validation_failed, std::move(errors), {}, {}});
}

}  // namespace

Referral ReferralService::for_reader(const db::Scope& scope, Referral r, const std::string& day) const {
  r.side = auth::referral_side(scope, r.organization_id, r.to_organization_id);
  if (r.side != auth::ReferralSide::sender) {
    r.family_id.clear();
    r.created_by.clear();
  }
  r.overdue = is_overdue(r.status, r.sent_at, day, overdue_days_);
  return r;
}

Result<db::Page<Referral>> ReferralService::list(const Requester& who, repo::Filters filters,
                                                 const db::ListQuery& query) {
  const auto day = today();
  filters.overdue_before = clock::add_days(day, -overdue_days_).value_or(day);
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  auto page = TRY(repo::list(scoped, filters, query, day));
  for (auto& r : page.items) r = for_reader(who.scope, std::move(r), day);
  return page;
}

Result<Referral> ReferralService::get(const Requester& who, const std::string& id) {
  const auto day = today();
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return for_reader(who.scope, TRY(repo::find(scoped, id, day)), day);
}

Result<std::vector<Transition>> ReferralService::timeline(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::transitions_of(scoped, id, today());
}

Result<Referral> ReferralService::create(const Requester& who, const ReferralChanges& changes) {
  Referral r;
  apply(r, changes);
  const auto day = today();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  // The family is one its organization's practitioners and managers read identified.
  auto family = families::family_repository::find(scoped, r.family_id);
  if (!family) {
    if (family.error().code != ErrorCode::not_found) return std::unexpected(family.error());
    return fail(Error::field(ErrorCode::validation_failed, "family_id", FieldCode::not_found));
  }
  TRY_VOID(auth::may_send_referral(who.scope, family->organization_id));
  r.organization_id = family->organization_id;
  if (!r.service_id.empty()) {
    auto owner = TRY(repo::service_organization(*c, r.service_id));
    if (owner.empty()) return fail(Error::field(ErrorCode::validation_failed, "service_id", FieldCode::not_found));
    if (!r.to_organization_id.empty() && r.to_organization_id != owner)
      return fail(
          Error::field(ErrorCode::validation_failed, "to_organization_id", FieldCode::other_organization, owner));
    r.to_organization_id = owner;
  } else if (!TRY(families::entry_repository::organization_exists(*c, r.to_organization_id))) {
    return fail(Error::field(ErrorCode::validation_failed, "to_organization_id", FieldCode::not_found));
  }
  if (r.to_organization_id == r.organization_id)
    return fail(Error::field(ErrorCode::validation_failed, "to_organization_id", FieldCode::self));
  TRY_VOID(check_referral(*c, r));
  r.id = ids::new_uuid();
  r.status = "draft";
  r.created_by = who.actor.user_id;
  r.created_at = r.updated_at = clock::now_iso();
  TRY_VOID(repo::insert(scoped, r));
  TRY_VOID(repo::insert_transition(
      scoped, {ids::new_uuid(), r.id, "", "draft", "", "", who.actor.user_id, r.organization_id, r.created_at}));
  TRY_VOID(audit::record(*c, who.actor, {"create", "referral", r.id, r.organization_id}));
  TRY_VOID(tx.commit());
  return for_reader(who.scope, TRY(repo::find(scoped, r.id, day)), day);
}

Result<Referral> ReferralService::update(const Requester& who, const std::string& id, const ReferralChanges& changes) {
  const auto day = today();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  Referral r = TRY(repo::find(scoped, id, day));
  TRY_VOID(auth::may_send_referral(who.scope, r.organization_id));
  if (core::is_stale(changes.version, r.version))
    return fail(core::version_conflict(to_json(for_reader(who.scope, r, day))));
  // Where it goes and for which family are fixed once made; the rest changes while a draft.
  for (auto [name, asked, kept] : {std::tuple{"family_id", &changes.family_id, &r.family_id},
                                   std::tuple{"to_organization_id", &changes.to_organization_id, &r.to_organization_id},
                                   std::tuple{"service_id", &changes.service_id, &r.service_id}})
    if (*asked && **asked != *kept)
      return fail(Error::field(ErrorCode::validation_failed, name, FieldCode::invalid_value, *kept));
  if (r.status != "draft")
    return fail(Error::field(ErrorCode::validation_failed, "status", FieldCode::invalid_value, "draft"));
  apply(r, changes);
  TRY_VOID(check_referral(*c, r));
  r.updated_at = clock::now_iso();
  TRY_VOID(core::with_current(repo::update(scoped, r, day), [&]() -> Result<boost::json::value> {
    return to_json(for_reader(who.scope, TRY(repo::find(scoped, id, day)), day));
  }));
  TRY_VOID(audit::record(*c, who.actor, {"update", "referral", id, r.organization_id}));
  TRY_VOID(tx.commit());
  return for_reader(who.scope, TRY(repo::find(scoped, id, day)), day);
}

Result<Referral> ReferralService::move(const Requester& who, const std::string& id, const TransitionRequest& step) {
  const auto day = today();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  Referral r = for_reader(who.scope, TRY(repo::find(scoped, id, day)), day);
  if (core::is_stale(step.version, r.version)) return fail(core::version_conflict(to_json(r)));
  bool consent = false;
  if (r.side == auth::ReferralSide::sender && step.to == "sent") {
    std::vector<families::ConsentTerms> terms;
    auto consents = TRY(families::entry_repository::consents_of(scoped, r.family_id));
    for (const auto& k : consents) terms.push_back({k.purpose, k.partner_organization_id, k.given_on, k.withdrawn_on});
    consent = families::consent_allows(terms, "referral_sharing", day, r.to_organization_id);
  }
  TRY_VOID(check_step({r.status, step.to, r.side, consent, step.reason}));
  const auto now = clock::now_iso();
  Transition t{ids::new_uuid(),
               r.id,
               r.status,
               step.to,
               step.reason,
               step.note,
               who.actor.user_id,
               r.side == auth::ReferralSide::sender ? r.organization_id : r.to_organization_id,
               now};
  r.status = step.to;
  if (step.to == "sent") r.sent_at = now;
  if (step.to == "acknowledged") r.acknowledged_at = now;
  if (step.to == "first_contact") r.first_contact_at = now;
  if (step.to == "declined") r.decline_reason = step.reason;
  r.updated_at = now;
  TRY_VOID(core::with_current(repo::update(scoped, r, day), [&]() -> Result<boost::json::value> {
    return to_json(for_reader(who.scope, TRY(repo::find(scoped, id, day)), day));
  }));
  TRY_VOID(repo::insert_transition(scoped, t));
  TRY_VOID(audit::record(*c, who.actor, {"update", "referral", id, t.made_by_organization_id}));
  TRY_VOID(tx.commit());
  return for_reader(who.scope, TRY(repo::find(scoped, id, day)), day);
}

}  // namespace filet::referrals
