#include "families/identity_service.hpp"

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "core/record_version.hpp"
#include "families/family_repository.hpp"
#include "families/identity_repository.hpp"

namespace filet::families {
namespace {

Result<Identity> open(const vault::IdentityVault& vault, const std::string& family_id,
                      const std::optional<identity_repository::StoredIdentity>& stored) {
  Identity identity{family_id, {}, {}, 0};
  if (!stored) return identity;
  identity.fields = TRY(vault.open(family_id, stored->sealed));
  identity.updated_at = stored->updated_at;
  identity.version = stored->version;
  return identity;
}

}  // namespace

Result<Identity> IdentityService::read(const audit::Actor& actor, const db::Scope& scope,
                                       const std::string& family_id) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = scope.on(*c);
  auto family = TRY(family_repository::find(scoped, family_id));
  TRY_VOID(auth::may_change_family(scope, family.organization_id));
  auto identity = TRY(open(vault_, family_id, TRY(identity_repository::find(scoped, family_id))));
  // Every read of an identity is audited, including a read that finds none recorded yet.
  TRY_VOID(audit::record(*c, actor, {"read", "family_identity", family_id, family.organization_id}));
  TRY_VOID(tx.commit());
  return identity;
}

Result<Identity> IdentityService::record(const audit::Actor& actor, const db::Scope& scope,
                                         const std::string& family_id, const IdentityChanges& changes) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = scope.on(*c);
  auto family = TRY(family_repository::find(scoped, family_id));
  TRY_VOID(auth::may_change_family(scope, family.organization_id));
  auto stored = TRY(identity_repository::find(scoped, family_id));
  Identity identity = TRY(open(vault_, family_id, stored));
  if (core::is_stale(changes.version, identity.version)) return fail(core::version_conflict(to_json(identity)));
  auto set = [&](const char* name, const std::optional<std::string>& value) {
    if (!value) return;
    if (value->empty())
      identity.fields.erase(name);
    else
      identity.fields[name] = *value;
  };
  set("names", changes.names);
  set("phone", changes.phone);
  set("address", changes.address);
  set("identifying_notes", changes.identifying_notes);
  auto sealed = TRY(vault_.seal(family_id, identity.fields));
  auto names =
      identity.fields.contains("names") ? vault_.name_index(identity.fields["names"]) : std::vector<std::string>{};
  auto now = clock::now_iso();
  TRY_VOID(core::with_current(
      identity_repository::save(scoped, family_id, family.organization_id, sealed, names, now, identity.version),
      [&]() -> Result<boost::json::value> {
        return to_json(TRY(open(vault_, family_id, TRY(identity_repository::find(scoped, family_id)))));
      }));
  TRY_VOID(audit::record(*c, actor, {"update", "family_identity", family_id, family.organization_id}));
  TRY_VOID(tx.commit());
  return open(vault_, family_id, TRY(identity_repository::find(scoped, family_id)));
}

}  // namespace filet::families
