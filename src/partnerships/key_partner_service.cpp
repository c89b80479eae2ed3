#include "partnerships/key_partner_service.hpp"

#include "auth/partnership_policy.hpp"
#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/record_version.hpp"
#include "partnerships/key_partner_export.hpp"
#include "partnerships/key_partner_fields.hpp"
#include "partnerships/key_partner_summary.hpp"
#include "reference/reference_list_repository.hpp"
#include "reference/reference_list_service.hpp"
#include "reports/summary_service.hpp"

namespace filet::partnerships {
namespace repo = key_partner_repository;

namespace {

repo::Visibility visibility(const Requester& who) {
  return {auth::key_partner_whole_organizations(who.principal), who.principal.user_id};
}

bool had(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// The fields' own rules, then the references: the partner organization, the reference lists'
// codes (a retired code the record already had may stay), then the limit of three.
Result<void> check_choice(db::ScopedConnection& scoped, const KeyPartner& k, const KeyPartner& before) {
  TRY_VOID(check(k));
  auto& c = scoped.connection();
  if (!k.partner_organization_id.empty()) {
    if (!TRY(repo::organization_exists(c, k.partner_organization_id)))
      return fail(Error::field(ErrorCode::validation_failed, "partner_id", FieldCode::not_found));
    if (k.partner_organization_id == k.organization_id)
      return fail(
          Error::field(ErrorCode::validation_failed, "partner_id", FieldCode::invalid_value, "not_own_organization"));
  }
  TRY_VOID(reference::check_offered(c, "key_partner_category", k.category, "partner_category", before.category));
  for (const auto& code : k.success_factors)
    TRY_VOID(reference::check_offered(c, "partnership_success_factor", code, "success_factors",
                                      had(before.success_factors, code) ? code : std::string()));
  for (const auto& code : k.obstacles)
    TRY_VOID(reference::check_offered(c, "partnership_obstacle", code, "partnership_obstacles",
                                      had(before.obstacles, code) ? code : std::string()));
  if (TRY(repo::count_overlapping(scoped, k.organization_id, k.chooser_id, k.period_from, k.period_to, k.id)) >=
      kMaxKeyPartners)
    return fail(
        Error::field(ErrorCode::validation_failed, "period_from", FieldCode::invalid_value, "three_key_partners"));
  return {};
}

KeyPartner for_reader(KeyPartner k, const Requester& who) {
  k.editable = static_cast<bool>(auth::may_change_key_partner(who.principal, k.chooser_id));
  return k;
}

}  // namespace

Result<db::Page<KeyPartner>> KeyPartnerService::list(const Requester& who, const repo::Filters& filters,
                                                     const db::ListQuery& query) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  auto page = TRY(repo::list(scoped, visibility(who), filters, query));
  for (auto& k : page.items) k = for_reader(std::move(k), who);
  return page;
}

Result<KeyPartner> KeyPartnerService::get(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return for_reader(TRY(repo::find(scoped, visibility(who), id)), who);
}

Result<KeyPartner> KeyPartnerService::create(const Requester& who, const KeyPartnerChanges& changes) {
  KeyPartner k;
  apply(k, changes);
  if (k.organization_id.empty()) k.organization_id = auth::default_journal_organization(who.principal);
  if (k.organization_id.empty())
    return fail(Error::field(ErrorCode::validation_failed, "organization_id", FieldCode::required));
  k.chooser_role = TRY(auth::key_partner_chooser_role(who.principal, k.organization_id));
  k.chooser_id = who.principal.user_id;
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  k.id = ids::new_uuid();
  TRY_VOID(check_choice(scoped, k, {}));
  k.created_at = k.updated_at = clock::now_iso();
  TRY_VOID(repo::insert(scoped, k));
  TRY_VOID(audit::record(*c, who.actor, {"create", "key_partner", k.id, k.organization_id}));
  TRY_VOID(tx.commit());
  return for_reader(TRY(repo::find(scoped, visibility(who), k.id)), who);
}

Result<KeyPartner> KeyPartnerService::update(const Requester& who, const std::string& id,
                                             const KeyPartnerChanges& changes) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  const KeyPartner before = TRY(repo::find(scoped, visibility(who), id));
  TRY_VOID(auth::may_change_key_partner(who.principal, before.chooser_id));
  if (core::is_stale(changes.version, before.version)) return fail(core::version_conflict(to_json(before)));
  if (changes.organization_id && *changes.organization_id != before.organization_id)
    return fail(Error::field(ErrorCode::validation_failed, "organization_id", FieldCode::invalid_value,
                             before.organization_id));
  KeyPartner k = before;
  apply(k, changes);
  TRY_VOID(check_choice(scoped, k, before));
  k.updated_at = clock::now_iso();
  TRY_VOID(core::with_current(repo::update(scoped, k), [&]() -> Result<boost::json::value> {
    return to_json(TRY(repo::find(scoped, visibility(who), id)));
  }));
  TRY_VOID(audit::record(*c, who.actor, {"update", "key_partner", id, k.organization_id}));
  TRY_VOID(tx.commit());
  return for_reader(TRY(repo::find(scoped, visibility(who), id)), who);
}

Result<void> KeyPartnerService::remove(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  KeyPartner k = TRY(repo::find(scoped, visibility(who), id));
  TRY_VOID(auth::may_change_key_partner(who.principal, k.chooser_id));
  TRY_VOID(repo::remove(scoped, id));
  TRY_VOID(audit::record(*c, who.actor, {"delete", "key_partner", id, k.organization_id}));
  return tx.commit();
}

Result<boost::json::object> KeyPartnerService::summary(const db::Scope& scope, const std::string& from,
                                                       const std::string& to) {
  if (!from.empty() && !to.empty() && to < from)
    return fail(Error::field(ErrorCode::bad_query, "to", FieldCode::before_other, "from"));
  auto c = TRY(pool_.acquire());
  auto scoped = scope.on(*c);
  auto out = TRY(summary_json(TRY(repo::category_counts(scoped, from, to)), reports::must_suppress(scope, "")));
  out["from"] = from.empty() ? boost::json::value(nullptr) : boost::json::value(from);
  out["to"] = to.empty() ? boost::json::value(nullptr) : boost::json::value(to);
  return out;
}

Result<void> KeyPartnerService::write_summary(const db::Scope& scope, const std::string& from, const std::string& to,
                                              exports::TableWriter& out, exports::Language language) {
  auto json = TRY(summary(scope, from, to));
  std::map<std::string, std::string> labels;
  {
    auto c = TRY(pool_.acquire());
    for (const auto& e : TRY(reference::reference_list_repository::entries(*c, "key_partner_category", true)))
      labels[e.code] = language == exports::Language::fr ? e.label_fr : e.label_en;
  }
  for (const auto& row : summary_rows(json, labels, language)) TRY_VOID(out.row(row));
  return {};
}

}  // namespace filet::partnerships
