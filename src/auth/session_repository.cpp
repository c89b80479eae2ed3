#include "auth/session_repository.hpp"

namespace filet::auth::session_repository {

Result<std::optional<Credentials>> active_credentials(db::Connection& c, const std::string& email) {
  auto rows = TRY(c.query("SELECT id, password_hash FROM users WHERE email = ? AND active = 1", {email}));
  if (rows.empty()) return std::optional<Credentials>{};
  return Credentials{rows.front().text(0), rows.front().text(1)};
}

Result<Principal> load_principal(db::Connection& c, const std::string& user_id) {
  auto rows = TRY(c.query(
      "SELECT u.id, u.email, u.name, u.locale, u.is_admin, u.created_at, u.updated_at, "
      "COALESCE(t.confirmed, 0) FROM users u LEFT JOIN two_factor t ON t.user_id = u.id WHERE u.id = ? AND u.active = "
      "1",
      {user_id}));
  if (rows.empty()) return fail(ErrorCode::unauthenticated);
  const db::Row& u = rows.front();
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

Result<void> add_pending(db::Connection& c, const std::string& token_hash, const std::string& user_id, int64_t now,
                         int64_t expired_before) {
  TRY_VOID(c.execute("DELETE FROM pending_sign_ins WHERE created_epoch < ?", {expired_before}));
  TRY_VOID(c.execute("INSERT INTO pending_sign_ins (token_hash, user_id, created_epoch, attempts) VALUES (?, ?, ?, 0)",
                     {token_hash, user_id, now}));
  return {};
}

Result<std::optional<PendingSignIn>> find_pending(db::Connection& c, const std::string& token_hash) {
  auto rows = TRY(c.query(
      "SELECT p.user_id, p.created_epoch, p.attempts, u.email FROM pending_sign_ins p JOIN users u ON u.id = p.user_id "
      "WHERE p.token_hash = ? AND u.active = 1",
      {token_hash}));
  if (rows.empty()) return std::optional<PendingSignIn>{};
  const db::Row& r = rows.front();
  return PendingSignIn{r.text(0), r.text(3), r.integer(1), r.integer(2)};
}

Result<void> count_pending_attempt(db::Connection& c, const std::string& token_hash) {
  TRY_VOID(c.execute("UPDATE pending_sign_ins SET attempts = attempts + 1 WHERE token_hash = ?", {token_hash}));
  return {};
}

Result<void> delete_pending(db::Connection& c, const std::string& token_hash) {
  TRY_VOID(c.execute("DELETE FROM pending_sign_ins WHERE token_hash = ?", {token_hash}));
  return {};
}

Result<void> add_session(db::Connection& c, const std::string& token_hash, const std::string& user_id,
                         const std::string& csrf_token, int64_t now) {
  TRY_VOID(c.execute(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, created_epoch, last_seen_epoch) VALUES (?, ?, ?, ?, ?)",
      {token_hash, user_id, csrf_token, now, now}));
  return {};
}

Result<std::optional<SessionRow>> find_session(db::Connection& c, const std::string& token_hash) {
  auto rows = TRY(c.query(
      "SELECT user_id, csrf_token, created_epoch, last_seen_epoch FROM sessions WHERE token_hash = ?", {token_hash}));
  if (rows.empty()) return std::optional<SessionRow>{};
  const db::Row& r = rows.front();
  return SessionRow{r.text(0), r.text(1), r.integer(2), r.integer(3)};
}

Result<void> touch_session(db::Connection& c, const std::string& token_hash, int64_t now) {
  TRY_VOID(c.execute("UPDATE sessions SET last_seen_epoch = ? WHERE token_hash = ?", {now, token_hash}));
  return {};
}

Result<void> delete_session(db::Connection& c, const std::string& token_hash) {
  TRY_VOID(c.execute("DELETE FROM sessions WHERE token_hash = ?", {token_hash}));
  return {};
}

}  // namespace filet::auth::session_repository
