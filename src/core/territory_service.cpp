#include "core/territory_service.hpp"

#include <algorithm>

#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/organization_repository.hpp"
#include "core/record_version.hpp"
#include "core/territory_repository.hpp"

namespace filet::core {
namespace repo = territory_repository;

namespace {

void apply(Territory& t, const TerritoryChanges& changes) {
  if (changes.name) t.name = *changes.name;
  if (changes.kind) t.kind = *changes.kind;
  if (changes.setting) t.setting = *changes.setting;
  if (changes.parent_id) t.parent_id = *changes.parent_id;
  if (changes.active) t.active = *changes.active;
}

Result<void> check_parent(db::Connection& c, const Territory& t) {
  if (t.parent_id.empty()) return {};
  if (t.parent_id == t.id) return fail(Error::field(ErrorCode::validation_failed, "parent_id", FieldCode::cycle));
  auto parent = repo::find(c, t.parent_id);
  if (!parent) {
    if (parent.error().code == ErrorCode::not_found)
      return fail(Error::field(ErrorCode::validation_failed, "parent_id", FieldCode::not_found));
    return std::unexpected(parent.error());
  }
  auto chain = TRY(repo::ancestors(c, t.parent_id));
  if (std::find(chain.begin(), chain.end(), t.id) != chain.end())
    return fail(Error::field(ErrorCode::validation_failed, "parent_id", FieldCode::cycle));
  return {};
}

}  // namespace

Result<Page<Territory>> TerritoryService::list(const ListQuery& query, const TerritoryFilter& filter) {
  auto c = TRY(pool_.acquire());
  return repo::list(*c, query, filter);
}

Result<Territory> TerritoryService::get(const std::string& id) {
  auto c = TRY(pool_.acquire());
  return repo::find(*c, id);
}

Result<Territory> TerritoryService::create(const audit::Actor& actor, const TerritoryChanges& changes) {
  Territory t;
  t.id = ids::new_uuid();
  t.created_at = t.updated_at = clock::now_iso();
  apply(t, changes);
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  TRY_VOID(check_parent(*c, t));
  TRY_VOID(repo::insert(*c, t));
  TRY_VOID(audit::record(*c, actor, {"create", "territory", t.id, ""}));
  TRY_VOID(tx.commit());
  return repo::find(*c, t.id);
}

Result<Territory> TerritoryService::update(const audit::Actor& actor, const std::string& id,
                                           const TerritoryChanges& changes) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  Territory t = TRY(repo::find(*c, id));
  if (is_stale(changes.version, t.version)) return fail(version_conflict(t));
  const std::string name_before = t.name;
  apply(t, changes);
  t.updated_at = clock::now_iso();
  TRY_VOID(check_parent(*c, t));
  TRY_VOID(with_current(repo::update(*c, t), [&] { return repo::find(*c, id); }));
  // Organizations keep their territories' names on their row (0033).
  if (t.name != name_before) TRY_VOID(organization_repository::refresh_territory_lists_of(*c, t.id));
  TRY_VOID(audit::record(*c, actor, {"update", "territory", t.id, ""}));
  if (on_change_) TRY_VOID(on_change_(*c, t.id));
  TRY_VOID(tx.commit());
  return repo::find(*c, t.id);
}

}  // namespace filet::core
