#include "core/user_service.hpp"

#include "auth/password.hpp"
#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/field_rules.hpp"
#include "common/ids.hpp"
#include "common/text.hpp"
#include "core/organization_repository.hpp"
#include "core/record_version.hpp"
#include "core/user_repository.hpp"

namespace filet::core {
namespace repo = user_repository;

Result<Page<User>> UserService::list(const ListQuery& query) {
  auto c = TRY(pool_.acquire());
  return repo::list(*c, query);
}

Result<User> UserService::get(const audit::Actor& actor, const std::string& id) {
  auto c = TRY(pool_.acquire());
  User user = TRY(repo::find(*c, id));
  TRY_VOID(audit::record(*c, actor, {"read", "user", id, ""}));
  return user;
}

Result<User> UserService::find_by_email(const std::string& email) {
  auto c = TRY(pool_.acquire());
  auto id = TRY(repo::id_by_email(*c, text::lower_ascii(text::trim(email))));
  if (!id) return fail(Error::field(ErrorCode::not_found, "email", FieldCode::not_found));
  return repo::find(*c, *id);
}

Result<User> UserService::create(const audit::Actor& actor, const UserChanges& changes) {
  if (!changes.password) return fail(Error::field(ErrorCode::validation_failed, "password", FieldCode::required));
  return save(actor, ids::new_uuid(), changes, true);
}

Result<User> UserService::update(const audit::Actor& actor, const std::string& id, const UserChanges& changes) {
  return save(actor, id, changes, false);
}

Result<User> UserService::save(const audit::Actor& actor, const std::string& id, const UserChanges& changes,
                               bool is_new) {
  if (changes.password) TRY_VOID(auth::check_password_rule(*changes.password));
  TRY_VOID(auth::may_change_account(actor.user_id, id, changes.active && !*changes.active,
                                    changes.is_admin && !*changes.is_admin));
  std::string hash;
  if (changes.password) hash = TRY(auth::hash_password(*changes.password));  // slow: outside the transaction

  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  User u;
  if (!is_new) u = TRY(repo::find(*c, id));
  if (!is_new && is_stale(changes.version, u.version)) return fail(version_conflict(u));
  if (is_new) {
    u.id = id;
    u.created_at = clock::now_iso();
    if (!changes.email) return fail(Error::field(ErrorCode::validation_failed, "email", FieldCode::required));
    if (!changes.name) return fail(Error::field(ErrorCode::validation_failed, "name", FieldCode::required));
  }
  if (changes.email) {
    // The command line reaches here without the route: the same e-mail rule either way.
    if (auto error = field_rules::check_email("email", *changes.email); error || changes.email->empty())
      return fail(
          Error{ErrorCode::validation_failed, {error.value_or(FieldError{"email", FieldCode::required, {}})}, {}});
    u.email = text::lower_ascii(*changes.email);
  }
  if (changes.name) u.name = *changes.name;
  if (changes.locale) u.locale = *changes.locale;
  if (changes.is_admin) u.is_admin = *changes.is_admin;
  if (changes.active) u.active = *changes.active;
  u.updated_at = clock::now_iso();
  if (changes.email) {
    auto owner = TRY(repo::id_by_email(*c, u.email));
    if (owner && *owner != u.id) return fail(Error::field(ErrorCode::conflict, "email", FieldCode::duplicate));
  }
  if (changes.memberships) {
    std::vector<std::string> organization_ids;
    for (const auto& m : *changes.memberships) organization_ids.push_back(m.organization_id);
    auto missing = TRY(organization_repository::missing_ids(*c, "organizations", organization_ids));
    if (!missing.empty()) return fail(Error::field(ErrorCode::validation_failed, "memberships", FieldCode::not_found));
  }
  TRY_VOID(with_current(repo::save(*c, u, is_new), [&] { return repo::find(*c, u.id); }));
  if (changes.password) TRY_VOID(repo::set_password(*c, u.id, hash));
  if (changes.memberships) TRY_VOID(repo::set_memberships(*c, u.id, *changes.memberships));
  // A disabled account or a new password ends the sessions open elsewhere.
  if ((changes.active && !u.active) || (changes.password && !is_new)) TRY_VOID(repo::end_sessions(*c, u.id));
  TRY_VOID(audit::record(*c, actor, {is_new ? "create" : "update", "user", u.id, ""}));
  TRY_VOID(tx.commit());
  if (on_change_) on_change_(u.id);
  return repo::find(*c, u.id);
}

}  // namespace filet::core
