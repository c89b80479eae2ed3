#include "app/key_rotation.hpp"

#include "auth/policy.hpp"
#include "auth/two_factor_repository.hpp"
#include "common/identity_vault.hpp"
#include "common/secret_box.hpp"
#include "families/identity_repository.hpp"

namespace filet::app {
namespace {

Result<KeyRotation> reseal_everything(db::Pool& pool, const SecretBox& old_key, const SecretBox& new_key) {
  vault::IdentityVault from(old_key), to(new_key);
  auto c = TRY(pool.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto host = auth::ScopeIssuer::for_host();
  auto scoped = host.on(*c);
  KeyRotation done;
  for (const auto& identity : TRY(families::identity_repository::all_sealed(scoped))) {
    auto fields = TRY(from.open(identity.family_id, identity.sealed));
    auto wrapped = TRY(from.rewrap(identity.family_id, identity.sealed.wrapped_key, to));
    auto names = fields.contains("names") ? to.name_index(fields["names"]) : std::vector<std::string>{};
    TRY_VOID(families::identity_repository::rewrap(scoped, identity, wrapped, names));
    ++done.identities;
  }
  for (const auto& [user_id, sealed] : TRY(auth::two_factor_repository::all_sealed(*c))) {
    auto secret = TRY(old_key.open(sealed, user_id));
    TRY_VOID(auth::two_factor_repository::reseal(*c, user_id, new_key.seal(secret, user_id)));
    ++done.secrets;
  }
  TRY_VOID(tx.commit());
  return done;
}

}  // namespace

Result<KeyRotation> rotate_master_key(db::Pool& pool, const std::filesystem::path& key_file) {
  if (!std::filesystem::exists(key_file))
    return fail(ErrorCode::conflict, "key file " + key_file.string() + " not found: nothing to rotate");
  auto old_key = TRY(SecretBox::from_key_file(key_file));
  auto next_file = key_file;
  next_file += ".next";
  TRY_VOID(SecretBox::create_key_file(next_file));
  auto new_key = SecretBox::from_key_file(next_file);
  Result<KeyRotation> done =
      new_key ? reseal_everything(pool, old_key, *new_key) : Result<KeyRotation>(fail(new_key.error()));
  std::error_code ec;
  if (!done) {
    std::filesystem::remove(next_file, ec);  // nothing changed: the old key stays the key
    return done;
  }
  std::filesystem::rename(next_file, key_file, ec);
  if (ec)
    return fail(ErrorCode::internal, "the database now uses the new key " + next_file.string() + ": move it over " +
                                         key_file.string() + " (" + ec.message() + ")");
  return done;
}

}  // namespace filet::app
