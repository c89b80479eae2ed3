#include "auth/session_service.hpp"

#include <sodium.h>

#include "audit/audit_log.hpp"
#include "auth/password.hpp"
#include "auth/policy.hpp"
#include "auth/policy_repository.hpp"
#include "auth/session_repository.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "common/text.hpp"

namespace filet::auth {
namespace repo = session_repository;

std::string token_hash(std::string_view token) {
  unsigned char hash[32];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return hex;
}

Result<SignedIn> SessionService::sign_in(const std::string& email, const std::string& password,
                                         const std::string& address, const std::string& request_id) {
  auto c = TRY(pool_.acquire());
  std::string folded_email = text::lower_ascii(text::trim(email));
  if (!TRY(throttle_.reserve(*c, folded_email, address))) return fail(ErrorCode::too_many_attempts);
  auto account = TRY(repo::active_credentials(*c, folded_email));
  bool ok = false;
  if (!account)
    verify_against_dummy(password);
  else
    ok = verify_password(account->password_hash, password);
  if (!ok) {
    TRY_VOID(audit::record(*c, {account ? account->user_id : "", folded_email, request_id},
                           {"login_failed", "session", "", ""}));
    return fail(ErrorCode::invalid_credentials);
  }
  std::string user_id = account->user_id;
  Principal principal = TRY(load(*c, user_id));
  if (principal.two_factor_enabled && two_factor_) {
    // The password is right; the attempt stays counted until the code is right too.
    std::string pending = ids::random_token(32);
    int64_t now = clock::now_epoch();
    TRY_VOID(repo::add_pending(*c, token_hash(pending), user_id, now, now - policy_.pending_timeout.count()));
    return SignedIn{std::move(principal), "", std::move(pending)};
  }
  TRY_VOID(throttle_.succeeded(*c, folded_email, address));
  return open_session(*c, std::move(principal), request_id);
}

Result<SignedIn> SessionService::complete_sign_in(const std::string& pending_token, const Proof& proof,
                                                  const std::string& address, const std::string& request_id) {
  if (pending_token.empty() || pending_token.size() > 128 || !two_factor_) return fail(ErrorCode::unauthenticated);
  auto c = TRY(pool_.acquire());
  std::string hash = token_hash(pending_token);
  auto pending = TRY(repo::find_pending(*c, hash));
  if (!pending) return fail(ErrorCode::unauthenticated);
  std::string user_id = pending->user_id, email = pending->email;
  if (clock::now_epoch() - pending->created_epoch > policy_.pending_timeout.count() ||
      pending->attempts >= policy_.pending_attempts) {
    TRY_VOID(repo::delete_pending(*c, hash));
    return fail(ErrorCode::unauthenticated);
  }
  // Codes are throttled like passwords: knowing the password does not buy unlimited guesses.
  if (!TRY(throttle_.reserve(*c, email, address))) return fail(ErrorCode::too_many_attempts);
  audit::Actor actor{user_id, email, request_id};
  if (!TRY(two_factor_->check(*c, actor, user_id, proof))) {
    TRY_VOID(repo::count_pending_attempt(*c, hash));
    TRY_VOID(audit::record(*c, actor, {"login_failed", "session", "", ""}));
    return fail(
        Error::field(ErrorCode::invalid_second_factor, proof.code ? "code" : "recovery_code", FieldCode::incorrect));
  }
  TRY_VOID(repo::delete_pending(*c, hash));
  TRY_VOID(throttle_.succeeded(*c, email, address, 2));  // the password's reservation and the code's
  return open_session(*c, TRY(load(*c, user_id)), request_id);
}

Result<SignedIn> SessionService::open_session(db::Connection& c, Principal principal, const std::string& request_id) {
  std::string token = ids::random_token(32);
  principal.csrf_token = ids::random_token(24);
  principal.session_token_hash = token_hash(token);
  int64_t now = clock::now_epoch();
  TRY_VOID(repo::add_session(c, principal.session_token_hash, principal.user_id, principal.csrf_token, now));
  TRY_VOID(
      audit::record(c, {principal.user_id, principal.email, request_id}, {"login", "session", principal.user_id, ""}));
  return SignedIn{std::move(principal), std::move(token), ""};
}

Result<Principal> SessionService::load(db::Connection& c, const std::string& user_id) {
  Principal principal = TRY(repo::load_principal(c, user_id));
  principal.two_factor_required = two_factor_required(principal, policy_.two_factor_rule);
  return principal;
}

Result<std::shared_ptr<const Principal>> SessionService::authenticate(const std::string& token) {
  if (token.empty() || token.size() > 128) return fail(ErrorCode::unauthenticated);
  std::string hash = token_hash(token);
  if (auto cached = cache_.find(hash)) return cached;
  auto c = TRY(pool_.acquire());
  auto session = TRY(repo::find_session(*c, hash));
  if (!session) return fail(ErrorCode::unauthenticated);
  int64_t now = clock::now_epoch();
  if (now - session->last_seen_epoch > policy_.idle_timeout.count() ||
      now - session->created_epoch > policy_.absolute_timeout.count()) {
    TRY_VOID(repo::delete_session(*c, hash));
    return fail(ErrorCode::unauthenticated);
  }
  auto principal = std::make_shared<Principal>(TRY(load(*c, session->user_id)));
  principal->csrf_token = session->csrf_token;
  principal->session_token_hash = hash;
  // Writing on every request would serialize reads on SQLite; a minute of slack is harmless.
  if (now - session->last_seen_epoch >= 60) TRY_VOID(repo::touch_session(*c, hash, now));
  cache_.put(hash, principal);
  return principal;
}

Result<void> SessionService::sign_out(const Principal& principal, const std::string& request_id) {
  cache_.forget(principal.session_token_hash);
  auto c = TRY(pool_.acquire());
  TRY_VOID(repo::delete_session(*c, principal.session_token_hash));
  TRY_VOID(audit::record(*c, {principal.user_id, principal.email, request_id},
                         {"logout", "session", principal.user_id, ""}));
  return {};
}

Result<std::shared_ptr<const db::Scope>> SessionService::scope_of(const Principal& principal) {
  if (auto cached = cache_.find_scope(principal)) return cached;
  uint64_t generation = cache_.scope_generation();
  // A connection only for coordinators and evaluators, whose scope follows their programs.
  std::optional<db::Pool::Lease> c;
  auto made = ScopeIssuer::for_principal(principal, [&](const std::string& id) -> Result<std::vector<std::string>> {
    if (!c) c = TRY(pool_.acquire());
    return policy_repository::program_partners(**c, id);
  });
  if (!made) return std::unexpected(made.error());
  auto scope = std::make_shared<const db::Scope>(std::move(*made));
  cache_.put_scope(principal, scope, generation);
  return scope;
}

Result<Principal> SessionService::reload(const Principal& principal) {
  auto c = TRY(pool_.acquire());
  Principal fresh = TRY(load(*c, principal.user_id));
  fresh.csrf_token = principal.csrf_token;
  fresh.session_token_hash = principal.session_token_hash;
  cache_.put(fresh.session_token_hash, std::make_shared<const Principal>(fresh));
  return fresh;
}

}  // namespace filet::auth
