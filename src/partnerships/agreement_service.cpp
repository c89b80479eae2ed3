#include "partnerships/agreement_service.hpp"

#include "auth/partnership_policy.hpp"
#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/record_version.hpp"
#include "partnerships/agreement_export.hpp"
#include "partnerships/agreement_fields.hpp"
#include "partnerships/key_partner_repository.hpp"

namespace filet::partnerships {
namespace repo = agreement_repository;

namespace {

ReferralAgreement for_reader(ReferralAgreement a, const Requester& who) {
  a.review_due = review_due(a.status, a.review_on, clock::now_iso().substr(0, 10));
  a.editable =
      static_cast<bool>(auth::may_keep_referral_agreement(who.principal, a.organization_id, a.other_organization_id));
  return a;
}

// The fields' own rules, then the other organization exists.
Result<void> check_agreement(db::ScopedConnection& scoped, const ReferralAgreement& a) {
  TRY_VOID(check(a));
  if (!TRY(key_partner_repository::organization_exists(scoped.connection(), a.other_organization_id)))
    return fail(Error::field(ErrorCode::validation_failed, "other_organization_id", FieldCode::not_found));
  return {};
}

}  // namespace

Result<db::Page<ReferralAgreement>> AgreementService::list(const Requester& who, const repo::Filters& filters,
                                                           const db::ListQuery& query) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  auto page = TRY(repo::list(scoped, filters, query));
  for (auto& a : page.items) a = for_reader(std::move(a), who);
  return page;
}

Result<ReferralAgreement> AgreementService::get(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return for_reader(TRY(repo::find(scoped, id)), who);
}

Result<ReferralAgreement> AgreementService::create(const Requester& who, const AgreementChanges& changes) {
  ReferralAgreement a;
  apply(a, changes);
  if (a.organization_id.empty()) a.organization_id = auth::default_journal_organization(who.principal);
  if (a.organization_id.empty())
    return fail(Error::field(ErrorCode::validation_failed, "organization_id", FieldCode::required));
  TRY_VOID(auth::may_keep_referral_agreement(who.principal, a.organization_id, a.other_organization_id));
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  TRY_VOID(check_agreement(scoped, a));
  a.id = ids::new_uuid();
  a.created_by = who.actor.user_id;
  a.created_at = a.updated_at = clock::now_iso();
  TRY_VOID(repo::insert(scoped, a));
  TRY_VOID(audit::record(*c, who.actor, {"create", "referral_agreement", a.id, a.organization_id}));
  TRY_VOID(tx.commit());
  return for_reader(TRY(repo::find(scoped, a.id)), who);
}

Result<ReferralAgreement> AgreementService::update(const Requester& who, const std::string& id,
                                                   const AgreementChanges& changes) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  ReferralAgreement a = TRY(repo::find(scoped, id));
  TRY_VOID(auth::may_keep_referral_agreement(who.principal, a.organization_id, a.other_organization_id));
  if (core::is_stale(changes.version, a.version)) return fail(core::version_conflict(to_json(for_reader(a, who))));
  // The two organizations are what the agreement is: another pair is another agreement.
  for (auto [name, given, current] :
       {std::tuple{"organization_id", &changes.organization_id, &a.organization_id},
        {"other_organization_id", &changes.other_organization_id, &a.other_organization_id}})
    if (*given && **given != *current)
      return fail(Error::field(ErrorCode::validation_failed, name, FieldCode::invalid_value, *current));
  apply(a, changes);
  TRY_VOID(check_agreement(scoped, a));
  a.updated_at = clock::now_iso();
  TRY_VOID(core::with_current(repo::update(scoped, a), [&]() -> Result<boost::json::value> {
    return to_json(for_reader(TRY(repo::find(scoped, id)), who));
  }));
  TRY_VOID(audit::record(*c, who.actor, {"update", "referral_agreement", id, a.organization_id}));
  TRY_VOID(tx.commit());
  return for_reader(TRY(repo::find(scoped, id)), who);
}

Result<void> AgreementService::write_export(const Requester& who, const repo::Filters& filters,
                                            exports::TableWriter& out, exports::Language language) {
  db::ListQuery query;
  query.per_page = 200;
  for (query.page = 1;; ++query.page) {
    auto page = TRY(list(who, filters, query));
    for (const auto& a : page.items) TRY_VOID(out.row(agreement_row(a, language)));
    if (query.page * query.per_page >= page.total) break;
  }
  auto c = TRY(pool_.acquire());
  return audit::record(*c, who.actor, {"export", "referral_agreement", "", ""});
}

}  // namespace filet::partnerships
