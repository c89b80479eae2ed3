#include "gaps/gap_service.hpp"

#include "auth/gap_policy.hpp"
#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/record_version.hpp"
#include "families/entry_repository.hpp"
#include "families/family_repository.hpp"
#include "gaps/gap_fields.hpp"
#include "gaps/gap_labels.hpp"
#include "reports/summary_service.hpp"

namespace filet::gaps {
namespace repo = gap_repository;

namespace {

std::string today() {
  return clock::now_iso().substr(0, 10);
}

Error invalid(std::vector<FieldError> errors) {
  return Error{ErrorCode::validation_failed, std::move(errors), {}, {}};
}

// The references a gap names and the rules between its fields, every broken one at once; fills
// the family from the referral when only the referral is named.
Result<void> check_gap(db::ScopedConnection& scoped, Gap& g) {
  auto& c = scoped.connection();
  std::vector<FieldError> errors;
  if (!TRY(families::entry_repository::needs_exist(c, {g.need_id})))
    errors.push_back({"need_id", FieldCode::not_found});
  if (!TRY(families::family_repository::territory_exists(c, g.territory_id)))
    errors.push_back({"territory_id", FieldCode::not_found});
  if (g.reason == "other" && g.reason_other.empty()) errors.push_back({"reason_other", FieldCode::required});
  if (g.gap_date > today()) errors.push_back({"gap_date", FieldCode::in_future});
  if (!g.referral_id.empty()) {
    auto referral = TRY(repo::referral_for_gap(scoped, g.referral_id));
    if (!referral || referral->organization_id != g.organization_id)
      errors.push_back({"referral_id", FieldCode::not_found});
    else if (g.family_id.empty())
      g.family_id = referral->family_id;
    else if (g.family_id != referral->family_id)
      errors.push_back({"family_id", FieldCode::invalid_value, referral->family_id});
  }
  if (!g.family_id.empty()) {
    auto family = families::family_repository::find(scoped, g.family_id);
    if (!family) {
      if (family.error().code != ErrorCode::not_found) return std::unexpected(family.error());
      errors.push_back({"family_id", FieldCode::not_found});
    } else if (family->organization_id != g.organization_id) {
      errors.push_back({"family_id", FieldCode::other_organization});
    }
  }
  if (errors.empty()) return {};
  return fail(invalid(std::move(errors)));
}

}  // namespace

Result<db::Page<Gap>> GapService::list(const Requester& who, const repo::Filters& filters, const db::ListQuery& query) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::list(scoped, filters, query);
}

Result<Gap> GapService::get(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::find(scoped, id);
}

Result<Gap> GapService::create(const Requester& who, const GapChanges& changes) {
  Gap g;
  apply(g, changes);
  if (g.organization_id.empty()) g.organization_id = auth::default_journal_organization(who.principal);
  if (g.organization_id.empty())
    return fail(Error::field(ErrorCode::validation_failed, "organization_id", FieldCode::required));
  TRY_VOID(auth::may_keep_service_gaps(who.principal, g.organization_id));
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  TRY_VOID(check_gap(scoped, g));
  g.id = ids::new_uuid();
  g.created_by = who.actor.user_id;
  g.created_at = g.updated_at = clock::now_iso();
  TRY_VOID(repo::insert(scoped, g));
  TRY_VOID(audit::record(*c, who.actor, {"create", "service_gap", g.id, g.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find(scoped, g.id);
}

Result<Gap> GapService::update(const Requester& who, const std::string& id, const GapChanges& changes) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  Gap g = TRY(repo::find(scoped, id));
  TRY_VOID(auth::may_keep_service_gaps(who.principal, g.organization_id));
  if (core::is_stale(changes.version, g.version)) return fail(core::version_conflict(to_json(g)));
  if (changes.organization_id && *changes.organization_id != g.organization_id)
    return fail(
        Error::field(ErrorCode::validation_failed, "organization_id", FieldCode::invalid_value, g.organization_id));
  apply(g, changes);
  TRY_VOID(check_gap(scoped, g));
  g.updated_at = clock::now_iso();
  TRY_VOID(core::with_current(repo::update(scoped, g),
                              [&]() -> Result<boost::json::value> { return to_json(TRY(repo::find(scoped, id))); }));
  TRY_VOID(audit::record(*c, who.actor, {"update", "service_gap", id, g.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find(scoped, id);
}

Result<void> GapService::remove(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  Gap g = TRY(repo::find(scoped, id));
  TRY_VOID(auth::may_keep_service_gaps(who.principal, g.organization_id));
  TRY_VOID(repo::remove(scoped, id));
  TRY_VOID(audit::record(*c, who.actor, {"delete", "service_gap", id, g.organization_id}));
  return tx.commit();
}

Result<boost::json::object> GapService::proposal(const Requester& who, const std::string& referral_id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  auto referral = TRY(repo::referral_for_gap(scoped, referral_id));
  if (!referral) return fail(ErrorCode::not_found, "referral");
  TRY_VOID(auth::may_keep_service_gaps(who.principal, referral->organization_id));
  if (!proposes_gap(referral->status))
    return fail(Error::field(ErrorCode::validation_failed, "referral_id", FieldCode::invalid_value, referral->status));
  auto null_if_empty = [](std::string_view s) -> boost::json::value {
    if (s.empty()) return nullptr;
    return boost::json::string(s);
  };
  boost::json::array needs;
  for (const auto& n : referral->need_ids) needs.emplace_back(n);
  return boost::json::object{{"organization_id", referral->organization_id},
                             {"need_id", null_if_empty(referral->need_id)},
                             {"need_ids", std::move(needs)},
                             {"territory_id", null_if_empty(referral->family_territory_id)},
                             {"reason", null_if_empty(proposed_reason(referral->status, referral->decline_reason))},
                             {"family_id", referral->family_id},
                             {"referral_id", referral->id},
                             {"gap_date", today()}};
}

namespace {

Result<Register> read_register(db::Pool& pool, const db::Scope& scope, const RegisterRequest& request) {
  const auto& f = request.filter;
  if (!f.from.empty() && !f.to.empty() && f.to < f.from)
    return fail(Error::field(ErrorCode::bad_query, "to", FieldCode::before_other, "from"));
  if (!request.quarter.empty() && !is_quarter(request.quarter))
    return fail(Error::field(ErrorCode::bad_query, "quarter", FieldCode::invalid_format));
  auto c = TRY(pool.acquire());
  auto snapshot = TRY(db::Transaction::begin_read(*c));
  auto scoped = scope.on(*c);
  auto filter = f;
  filter.quarter = request.quarter;
  auto read = TRY(repo::register_groups(scoped, filter));
  TRY_VOID(snapshot.commit());
  return aggregate(read.groups, std::move(read.by_quarter));
}

}  // namespace

Result<boost::json::object> GapService::register_of(const db::Scope& scope, const RegisterRequest& request) {
  auto out = TRY(register_json(TRY(read_register(pool_, scope, request)), reports::must_suppress(scope, "")));
  auto or_null = [](const std::string& s) -> boost::json::value {
    if (s.empty()) return nullptr;
    return boost::json::string(s);
  };
  out["from"] = or_null(request.filter.from);
  out["to"] = or_null(request.filter.to);
  out["quarter"] = or_null(request.quarter);
  out["setting"] = or_null(request.filter.setting);
  return out;
}

std::vector<exports::Column> register_columns(exports::Language language) {
  const bool fr = language == exports::Language::fr;
  return {{fr ? "Besoin" : "Need", 30},
          {fr ? "Territoire" : "Territory", 30},
          {fr ? "Milieu" : "Setting", 12},
          {fr ? "Familles (ou situations sans famille)" : "Families (or situations without a family)", 18},
          {fr ? "Masqué" : "Hidden", 22},
          {fr ? "Motif le plus fréquent" : "Most frequent reason", 30}};
}

Result<void> GapService::write_register(const db::Scope& scope, const RegisterRequest& request,
                                        exports::TableWriter& out, exports::Language language) {
  auto json = TRY(register_of(scope, request));
  const auto& territories = json["territories"].as_array();
  const auto& needs = json["needs"].as_array();
  const auto& cells = json["cells"].as_array();
  const bool fr = language == exports::Language::fr;
  for (size_t i = 0; i < needs.size(); ++i)
    for (size_t j = 0; j < territories.size(); ++j) {
      const auto& cell = cells[i * territories.size() + j].as_object();
      const auto& territory = territories[j].as_object();
      exports::Cell count;
      if (!cell.at("count").is_null()) count = cell.at("count").as_int64();
      std::string hidden;
      if (!cell.at("hidden").is_null()) hidden = hidden_label(std::string(cell.at("hidden").as_string()), fr);
      std::string reason;
      if (!cell.at("top_reason").is_null()) reason = reason_label(std::string(cell.at("top_reason").as_string()), fr);
      TRY_VOID(out.row({std::string(needs[i].as_object().at("name").as_string()),
                        std::string(territory.at("name").as_string()),
                        setting_label(std::string(territory.at("setting").as_string()), fr), count, hidden, reason}));
    }
  return {};
}

}  // namespace filet::gaps
