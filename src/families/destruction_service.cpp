#include "families/destruction_service.hpp"

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "families/dates.hpp"
#include "families/destruction_repository.hpp"
#include "families/family_code.hpp"
#include "families/family_repository.hpp"
#include "families/retention.hpp"

namespace filet::families {
namespace repo = destruction_repository;

Result<void> DestructionService::destroy_one(db::Connection& c, const audit::Actor& actor, const db::Scope& scope,
                                             const std::string& family_id, const std::string& reason,
                                             const std::string& today) {
  auto tx = TRY(db::Transaction::begin(c));
  auto scoped = scope.on(c);
  auto tombstone = TRY(repo::tombstone_of(scoped, family_id));
  tombstone.reason = reason;
  tombstone.destroyed_on = today;
  TRY_VOID(repo::destroy(scoped, tombstone));
  // The entry says which record went and why, nothing of what it held.
  TRY_VOID(audit::record(
      c, actor,
      {reason == "retention" ? "destroy_retention" : "destroy", "family", family_id, tombstone.organization_id}));
  return tx.commit();
}

Result<void> DestructionService::destroy(const audit::Actor& actor, const auth::Principal& principal,
                                         const db::Scope& scope, const std::string& family_id,
                                         const std::string& confirm_code) {
  auto c = TRY(pool_.acquire());
  {
    auto scoped = scope.on(*c);
    auto family = TRY(family_repository::find(scoped, family_id));
    TRY_VOID(auth::may_manage_families(principal, family.organization_id));
    auto typed = normalize_family_code(confirm_code);
    if (!typed || *typed != family.code)
      return fail(Error::field(ErrorCode::validation_failed, "code", FieldCode::incorrect));
  }
  TRY_VOID(destroy_one(*c, actor, scope, family_id, "request", today()));
  return repo::flush_freed_pages(*c);
}

Result<RetentionRun> DestructionService::run_retention(const audit::Actor& actor, const db::Scope& scope,
                                                       const std::string& today) {
  auto c = TRY(pool_.acquire());
  RetentionRun run{0, today};
  std::vector<std::string> due;
  {
    auto scoped = scope.on(*c);
    for (const auto& [organization_id, years] : TRY(repo::retention_settings(*c)))
      for (auto& id : TRY(repo::closed_by(scoped, organization_id, retention_closed_by(today, years))))
        due.push_back(std::move(id));
    for (auto& id : TRY(repo::closed_by(scoped, "", retention_closed_by(today, kDefaultRetentionYears))))
      due.push_back(std::move(id));
  }
  // One transaction per family: a failure leaves the others destroyed and itself whole.
  for (const auto& id : due) {
    TRY_VOID(destroy_one(*c, actor, scope, id, "retention", today));
    ++run.destroyed;
  }
  if (run.destroyed > 0) TRY_VOID(repo::flush_freed_pages(*c));
  return run;
}

Result<RetentionSetting> DestructionService::retention(const auth::Principal& principal,
                                                       const std::string& organization_id) {
  TRY_VOID(auth::may_manage_families(principal, organization_id));
  auto c = TRY(pool_.acquire());
  auto years = TRY(repo::retention_years(*c, organization_id));
  return RetentionSetting{organization_id, years.value_or(kDefaultRetentionYears), !years.has_value()};
}

Result<RetentionSetting> DestructionService::set_retention(const audit::Actor& actor, const auth::Principal& principal,
                                                           const std::string& organization_id, int64_t years) {
  TRY_VOID(auth::may_manage_families(principal, organization_id));
  if (years < kMinRetentionYears || years > kMaxRetentionYears)
    return fail(Error::field(ErrorCode::validation_failed, "years_after_closing", FieldCode::out_of_range,
                             std::to_string(kMinRetentionYears) + "–" + std::to_string(kMaxRetentionYears)));
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  TRY_VOID(repo::set_retention_years(*c, organization_id, years, clock::now_iso()));
  TRY_VOID(audit::record(*c, actor, {"update", "family_retention", organization_id, organization_id}));
  TRY_VOID(tx.commit());
  return RetentionSetting{organization_id, years, false};
}

}  // namespace filet::families
