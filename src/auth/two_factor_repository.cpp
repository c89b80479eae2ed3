#include "auth/two_factor_repository.hpp"

namespace filet::auth::two_factor_repository {

Result<bool> confirmed(db::Connection& c, const std::string& user_id) {
  auto rows = TRY(c.query("SELECT confirmed FROM two_factor WHERE user_id = ?", {user_id}));
  return !rows.empty() && rows.front().boolean(0);
}

Result<int64_t> recovery_codes_left(db::Connection& c, const std::string& user_id) {
  auto left = TRY(c.query("SELECT COUNT(*) FROM recovery_codes WHERE user_id = ?", {user_id}));
  return left.front().integer(0);
}

Result<void> set_secret(db::Connection& c, const std::string& user_id, const std::string& sealed_secret, bool confirmed,
                        const std::string& now) {
  TRY_VOID(c.execute("DELETE FROM two_factor WHERE user_id = ?", {user_id}));
  TRY_VOID(
      c.execute("INSERT INTO two_factor (user_id, sealed_secret, confirmed, last_step, created_at) "
                "VALUES (?, ?, ?, 0, ?)",
                {user_id, sealed_secret, int64_t{confirmed}, now}));
  return {};
}

Result<std::vector<std::pair<std::string, std::string>>> all_sealed(db::Connection& c) {
  std::vector<std::pair<std::string, std::string>> out;
  TRY_VOID(c.each("SELECT user_id, sealed_secret FROM two_factor ORDER BY user_id", {}, [&](const db::Row& r) {
    out.emplace_back(r.text(0), r.text(1));
    return true;
  }));
  return out;
}

Result<void> reseal(db::Connection& c, const std::string& user_id, const std::string& sealed_secret) {
  TRY_VOID(c.execute("UPDATE two_factor SET sealed_secret = ? WHERE user_id = ?", {sealed_secret, user_id}));
  return {};
}

Result<void> confirm(db::Connection& c, const std::string& user_id) {
  TRY_VOID(c.execute("UPDATE two_factor SET confirmed = 1 WHERE user_id = ?", {user_id}));
  return {};
}

Result<std::optional<Secret>> secret(db::Connection& c, const std::string& user_id, bool confirmed) {
  auto rows = TRY(c.query("SELECT sealed_secret, last_step FROM two_factor WHERE user_id = ? AND confirmed = ?",
                          {user_id, confirmed ? 1 : 0}));
  if (rows.empty()) return std::optional<Secret>{};
  return Secret{rows.front().text(0), rows.front().integer(1)};
}

Result<bool> take_step(db::Connection& c, const std::string& user_id, int64_t step) {
  int64_t taken =
      TRY(c.execute("UPDATE two_factor SET last_step = ? WHERE user_id = ? AND last_step < ?", {step, user_id, step}));
  return taken == 1;
}

Result<bool> use_recovery_code(db::Connection& c, const std::string& user_id, const std::string& code_hash) {
  int64_t used = TRY(c.execute("DELETE FROM recovery_codes WHERE user_id = ? AND code_hash = ?", {user_id, code_hash}));
  return used == 1;
}

Result<void> delete_recovery_codes(db::Connection& c, const std::string& user_id) {
  TRY_VOID(c.execute("DELETE FROM recovery_codes WHERE user_id = ?", {user_id}));
  return {};
}

Result<void> add_recovery_code(db::Connection& c, const std::string& user_id, const std::string& code_hash) {
  TRY_VOID(c.execute("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)", {user_id, code_hash}));
  return {};
}

Result<std::optional<std::string>> password_hash(db::Connection& c, const std::string& user_id) {
  auto rows = TRY(c.query("SELECT password_hash FROM users WHERE id = ?", {user_id}));
  if (rows.empty()) return std::optional<std::string>{};
  return rows.front().text(0);
}

Result<void> remove(db::Connection& c, const std::string& user_id, bool pending_too) {
  TRY_VOID(c.execute("DELETE FROM two_factor WHERE user_id = ?", {user_id}));
  TRY_VOID(c.execute("DELETE FROM recovery_codes WHERE user_id = ?", {user_id}));
  if (pending_too) TRY_VOID(c.execute("DELETE FROM pending_sign_ins WHERE user_id = ?", {user_id}));
  return {};
}

}  // namespace filet::auth::two_factor_repository
