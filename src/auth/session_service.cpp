#include "auth/session_service.hpp"

#include <sodium.h>

#include "audit/audit_log.hpp"
#include "auth/password.hpp"
#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "common/text.hpp"

namespace filet::auth {

std::string token_hash(std::string_view token) {
  unsigned char hash[32];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return hex;
}

Result<Principal> load_principal(db::Connection& c, const std::string& user_id) {
  auto row = c.query(
      "SELECT u.id, u.email, u.name, u.locale, u.is_admin, u.created_at, u.updated_at, "
      "COALESCE(t.confirmed, 0) FROM users u LEFT JOIN two_factor t ON t.user_id = u.id WHERE u.id = ? AND u.active = "
      "1",
      {user_id});
  if (!row) return std::unexpected(row.error());
  if (row->empty()) return fail(ErrorCode::unauthenticated);
  const db::Row& u = row->front();
  Principal p{u.text(0), u.text(1), u.text(2), u.text(3), u.boolean(4), {}, {}, {}, u.text(5), u.text(6)};
  p.two_factor_enabled = u.boolean(7);
  auto memberships = TRY(c.query(
      "SELECT m.organization_id, o.name, m.role FROM memberships m JOIN organizations o ON o.id = m.organization_id "
      "WHERE m.user_id = ? ORDER BY o.name, m.role",
      {user_id}));
  for (const auto& m : memberships)
    if (auto role = role_from_name(m.text(2))) p.memberships.push_back({m.text(0), m.text(1), *role});
  return p;
}

Result<SignedIn> SessionService::sign_in(const std::string& email, const std::string& password,
                                         const std::string& address, const std::string& request_id) {
  auto c = TRY(pool_.acquire());
  std::string folded_email = text::lower_ascii(text::trim(email));
  if (!TRY(throttle_.reserve(*c, folded_email, address))) return fail(ErrorCode::too_many_attempts);
  auto rows = TRY(c->query("SELECT id, password_hash FROM users WHERE email = ? AND active = 1", {folded_email}));
  bool ok = false;
  if (rows.empty())
    verify_against_dummy(password);
  else
    ok = verify_password(rows.front().text(1), password);
  if (!ok) {
    TRY_VOID(audit::record(*c, {rows.empty() ? "" : rows.front().text(0), folded_email, request_id},
                           {"login_failed", "session", "", ""}));
    return fail(ErrorCode::invalid_credentials);
  }
  std::string user_id = rows.front().text(0);
  Principal principal = TRY(load(*c, user_id));
  if (principal.two_factor_enabled && two_factor_) {
    // The password is right; the attempt stays counted until the code is right too.
    std::string pending = ids::random_token(32);
    TRY_VOID(c->execute("DELETE FROM pending_sign_ins WHERE created_epoch < ?",
                        {clock::now_epoch() - policy_.pending_timeout.count()}));
    TRY_VOID(
        c->execute("INSERT INTO pending_sign_ins (token_hash, user_id, created_epoch, attempts) VALUES (?, ?, ?, 0)",
                   {token_hash(pending), user_id, clock::now_epoch()}));
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
  auto rows = TRY(c->query(
      "SELECT p.user_id, p.created_epoch, p.attempts, u.email FROM pending_sign_ins p JOIN users u ON u.id = p.user_id "
      "WHERE p.token_hash = ? AND u.active = 1",
      {hash}));
  if (rows.empty()) return fail(ErrorCode::unauthenticated);
  std::string user_id = rows.front().text(0), email = rows.front().text(3);
  if (clock::now_epoch() - rows.front().integer(1) > policy_.pending_timeout.count() ||
      rows.front().integer(2) >= policy_.pending_attempts) {
    TRY_VOID(c->execute("DELETE FROM pending_sign_ins WHERE token_hash = ?", {hash}));
    return fail(ErrorCode::unauthenticated);
  }
  // Codes are throttled like passwords: knowing the password does not buy unlimited guesses.
  if (!TRY(throttle_.reserve(*c, email, address))) return fail(ErrorCode::too_many_attempts);
  audit::Actor actor{user_id, email, request_id};
  if (!TRY(two_factor_->check(*c, actor, user_id, proof))) {
    TRY_VOID(c->execute("UPDATE pending_sign_ins SET attempts = attempts + 1 WHERE token_hash = ?", {hash}));
    TRY_VOID(audit::record(*c, actor, {"login_failed", "session", "", ""}));
    return fail(
        Error::field(ErrorCode::invalid_second_factor, proof.code ? "code" : "recovery_code", FieldCode::incorrect));
  }
  TRY_VOID(c->execute("DELETE FROM pending_sign_ins WHERE token_hash = ?", {hash}));
  TRY_VOID(throttle_.succeeded(*c, email, address, 2));  // the password's reservation and the code's
  return open_session(*c, TRY(load(*c, user_id)), request_id);
}

Result<SignedIn> SessionService::open_session(db::Connection& c, Principal principal, const std::string& request_id) {
  std::string token = ids::random_token(32);
  principal.csrf_token = ids::random_token(24);
  principal.session_token_hash = token_hash(token);
  int64_t now = clock::now_epoch();
  TRY_VOID(c.execute(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, created_epoch, last_seen_epoch) VALUES (?, ?, ?, ?, ?)",
      {principal.session_token_hash, principal.user_id, principal.csrf_token, now, now}));
  TRY_VOID(
      audit::record(c, {principal.user_id, principal.email, request_id}, {"login", "session", principal.user_id, ""}));
  return SignedIn{std::move(principal), std::move(token), ""};
}

Result<Principal> SessionService::load(db::Connection& c, const std::string& user_id) {
  Principal principal = TRY(load_principal(c, user_id));
  principal.two_factor_required = two_factor_required(principal, policy_.two_factor_rule);
  return principal;
}

Result<Principal> SessionService::authenticate(const std::string& token) {
  if (token.empty() || token.size() > 128) return fail(ErrorCode::unauthenticated);
  std::string hash = token_hash(token);
  if (auto cached = cache_.find(hash)) return std::move(*cached);
  auto c = TRY(pool_.acquire());
  auto rows = TRY(c->query(
      "SELECT user_id, csrf_token, created_epoch, last_seen_epoch FROM sessions WHERE token_hash = ?", {hash}));
  if (rows.empty()) return fail(ErrorCode::unauthenticated);
  int64_t now = clock::now_epoch();
  const db::Row& s = rows.front();
  if (now - s.integer(3) > policy_.idle_timeout.count() || now - s.integer(2) > policy_.absolute_timeout.count()) {
    TRY_VOID(c->execute("DELETE FROM sessions WHERE token_hash = ?", {hash}));
    return fail(ErrorCode::unauthenticated);
  }
  Principal principal = TRY(load(*c, s.text(0)));
  principal.csrf_token = s.text(1);
  principal.session_token_hash = hash;
  // Writing on every request would serialize reads on SQLite; a minute of slack is harmless.
  if (now - s.integer(3) >= 60)
    TRY_VOID(c->execute("UPDATE sessions SET last_seen_epoch = ? WHERE token_hash = ?", {now, hash}));
  cache_.put(hash, principal);
  return principal;
}

Result<void> SessionService::sign_out(const Principal& principal, const std::string& request_id) {
  cache_.forget(principal.session_token_hash);
  auto c = TRY(pool_.acquire());
  TRY_VOID(c->execute("DELETE FROM sessions WHERE token_hash = ?", {principal.session_token_hash}));
  TRY_VOID(audit::record(*c, {principal.user_id, principal.email, request_id},
                         {"logout", "session", principal.user_id, ""}));
  return {};
}

Result<Principal> SessionService::reload(const Principal& principal) {
  auto c = TRY(pool_.acquire());
  Principal fresh = TRY(load(*c, principal.user_id));
  fresh.csrf_token = principal.csrf_token;
  fresh.session_token_hash = principal.session_token_hash;
  cache_.put(fresh.session_token_hash, fresh);
  return fresh;
}

}  // namespace filet::auth
