#include "core/program_service.hpp"

#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/organization_repository.hpp"
#include "core/program_repository.hpp"
#include "core/record_version.hpp"

namespace filet::core {
namespace repo = program_repository;

Result<Page<Program>> ProgramService::list(const ListQuery& query) {
  auto c = TRY(pool_.acquire());
  return repo::list(*c, query);
}

Result<Program> ProgramService::get(const std::string& id) {
  auto c = TRY(pool_.acquire());
  return repo::find(*c, id);
}

Result<Program> ProgramService::create(const audit::Actor& actor, const ProgramChanges& changes) {
  Program p;
  p.id = ids::new_uuid();
  p.created_at = clock::now_iso();
  return save(actor, std::move(p), changes, true);
}

Result<Program> ProgramService::update(const audit::Actor& actor, const std::string& id,
                                       const ProgramChanges& changes) {
  Program p = TRY(get(id));
  if (is_stale(changes.version, p.version)) return fail(version_conflict(p));
  return save(actor, std::move(p), changes, false);
}

Result<Program> ProgramService::save(const audit::Actor& actor, Program p, const ProgramChanges& changes, bool is_new) {
  if (changes.name) p.name = *changes.name;
  if (changes.description) p.description = *changes.description;
  if (changes.starts_on) p.starts_on = *changes.starts_on;
  if (changes.ends_on) p.ends_on = *changes.ends_on;
  if (changes.active) p.active = *changes.active;
  p.updated_at = clock::now_iso();
  if (!p.ends_on.empty() && p.ends_on < p.starts_on)
    return fail(Error::field(ErrorCode::validation_failed, "ends_on", FieldCode::before_start));
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  if (changes.organization_ids) {
    auto missing = TRY(organization_repository::missing_ids(*c, "organizations", *changes.organization_ids));
    if (!missing.empty())
      return fail(Error::field(ErrorCode::validation_failed, "organization_ids", FieldCode::not_found));
  }
  // Compares with the version read by update (another change since then: a conflict).
  TRY_VOID(with_current(repo::save(*c, p, is_new), [&] { return repo::find(*c, p.id); }));
  if (changes.organization_ids) TRY_VOID(repo::set_members(*c, p.id, *changes.organization_ids));
  if (changes.funders) TRY_VOID(repo::set_funders(*c, p.id, *changes.funders));
  TRY_VOID(audit::record(*c, actor, {is_new ? "create" : "update", "program", p.id, ""}));
  TRY_VOID(tx.commit());
  if (on_change_) on_change_();
  return repo::find(*c, p.id);
}

}  // namespace filet::core
