#include "auth/two_factor_service.hpp"

#include <sodium.h>

#include "auth/password.hpp"
#include "auth/session_service.hpp"
#include "auth/totp.hpp"
#include "common/clock.hpp"
#include "common/text.hpp"

namespace filet::auth {
namespace {

constexpr size_t kSecretBytes = 20;  // 160 bits, as RFC 4226 recommends

Error wrong_proof(std::string_view field) {
  return Error::field(ErrorCode::invalid_second_factor, std::string(field), FieldCode::incorrect);
}

std::string new_recovery_code() {
  unsigned char raw[7];
  randombytes_buf(raw, sizeof raw);
  std::string code = text::lower_ascii(totp::base32_encode({reinterpret_cast<char*>(raw), sizeof raw}).substr(0, 10));
  return code.substr(0, 5) + "-" + code.substr(5);
}

}  // namespace

std::string normalized_recovery_code(std::string_view typed) {
  std::string out;
  for (char c : typed)
    if (c != ' ' && c != '-') out += c;
  return text::lower_ascii(out);
}

Result<bool> TwoFactorService::enabled(db::Connection& c, const std::string& user_id) {
  auto rows = TRY(c.query("SELECT confirmed FROM two_factor WHERE user_id = ?", {user_id}));
  return !rows.empty() && rows.front().boolean(0);
}

Result<TwoFactorStatus> TwoFactorService::status(const std::string& user_id) {
  auto c = TRY(pool_.acquire());
  TwoFactorStatus status;
  status.enabled = TRY(enabled(*c, user_id));
  auto left = TRY(c->query("SELECT COUNT(*) FROM recovery_codes WHERE user_id = ?", {user_id}));
  status.recovery_codes_left = static_cast<int>(left.front().integer(0));
  return status;
}

Result<Enrolment> TwoFactorService::begin(const audit::Actor& actor, const std::string& user_id,
                                          const std::string& email) {
  auto c = TRY(pool_.acquire());
  if (TRY(enabled(*c, user_id))) return fail(ErrorCode::conflict, "two-factor already on");
  std::string secret(kSecretBytes, '\0');
  randombytes_buf(secret.data(), secret.size());
  std::string encoded = totp::base32_encode(secret);
  auto tx = TRY(db::Transaction::begin(*c));
  TRY_VOID(c->execute("DELETE FROM two_factor WHERE user_id = ?", {user_id}));
  TRY_VOID(
      c->execute("INSERT INTO two_factor (user_id, sealed_secret, confirmed, last_step, created_at) "
                 "VALUES (?, ?, 0, 0, ?)",
                 {user_id, box_.seal(secret, user_id), clock::now_iso()}));
  TRY_VOID(audit::record(*c, actor, {"two_factor_begin", "user", user_id, ""}));
  TRY_VOID(tx.commit());
  sodium_memzero(secret.data(), secret.size());
  return Enrolment{encoded, totp::otpauth_uri("Filet", email, encoded)};
}

Result<bool> TwoFactorService::check_code(db::Connection& c, const std::string& user_id, const std::string& code,
                                          bool confirmed) {
  auto rows = TRY(c.query("SELECT sealed_secret, last_step FROM two_factor WHERE user_id = ? AND confirmed = ?",
                          {user_id, confirmed ? 1 : 0}));
  if (rows.empty()) return false;
  std::string secret = TRY(box_.open(rows.front().text(0), user_id));
  auto step = totp::matching_step(secret, code, clock::now_epoch(), rows.front().integer(1));
  sodium_memzero(secret.data(), secret.size());
  if (!step) return false;
  // The step is taken in one statement: two requests with the same code cannot both pass.
  int64_t taken = TRY(
      c.execute("UPDATE two_factor SET last_step = ? WHERE user_id = ? AND last_step < ?", {*step, user_id, *step}));
  return taken == 1;
}

Result<bool> TwoFactorService::check_recovery_code(db::Connection& c, const std::string& user_id,
                                                   const std::string& code) {
  int64_t used = TRY(c.execute("DELETE FROM recovery_codes WHERE user_id = ? AND code_hash = ?",
                               {user_id, token_hash(normalized_recovery_code(code))}));
  return used == 1;
}

Result<bool> TwoFactorService::check(db::Connection& c, const audit::Actor& actor, const std::string& user_id,
                                     const Proof& proof) {
  if (proof.code) return check_code(c, user_id, *proof.code, true);
  if (!proof.recovery_code) return false;
  if (!TRY(check_recovery_code(c, user_id, *proof.recovery_code))) return false;
  TRY_VOID(audit::record(c, actor, {"recovery_code_used", "user", user_id, ""}));
  return true;
}

Result<std::vector<std::string>> TwoFactorService::replace_recovery_codes(db::Connection& c,
                                                                          const std::string& user_id) {
  TRY_VOID(c.execute("DELETE FROM recovery_codes WHERE user_id = ?", {user_id}));
  std::vector<std::string> codes;
  for (int i = 0; i < kRecoveryCodeCount; ++i) {
    codes.push_back(new_recovery_code());
    TRY_VOID(c.execute("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)",
                       {user_id, token_hash(normalized_recovery_code(codes.back()))}));
  }
  return codes;
}

Result<std::vector<std::string>> TwoFactorService::confirm(const audit::Actor& actor, const std::string& user_id,
                                                           const std::string& code) {
  auto c = TRY(pool_.acquire());
  if (TRY(enabled(*c, user_id))) return fail(ErrorCode::conflict, "two-factor already on");
  auto tx = TRY(db::Transaction::begin(*c));
  if (!TRY(check_code(*c, user_id, code, false))) return fail(wrong_proof("code"));
  TRY_VOID(c->execute("UPDATE two_factor SET confirmed = 1 WHERE user_id = ?", {user_id}));
  auto codes = TRY(replace_recovery_codes(*c, user_id));
  TRY_VOID(audit::record(*c, actor, {"two_factor_enrol", "user", user_id, ""}));
  TRY_VOID(tx.commit());
  return codes;
}

Result<void> TwoFactorService::require_proof(db::Connection& c, const std::string& user_id, const Proof& proof) {
  if (proof.password) {
    auto rows = TRY(c.query("SELECT password_hash FROM users WHERE id = ?", {user_id}));
    if (rows.empty() || !verify_password(rows.front().text(0), *proof.password)) return fail(wrong_proof("password"));
    return {};
  }
  if (proof.code && TRY(check_code(c, user_id, *proof.code, true))) return {};
  return fail(wrong_proof("code"));
}

Result<void> TwoFactorService::disable(const audit::Actor& actor, const std::string& user_id, const Proof& proof) {
  auto c = TRY(pool_.acquire());
  if (!TRY(enabled(*c, user_id))) return fail(ErrorCode::not_found, "two-factor is off");
  TRY_VOID(require_proof(*c, user_id, proof));
  auto tx = TRY(db::Transaction::begin(*c));
  TRY_VOID(c->execute("DELETE FROM two_factor WHERE user_id = ?", {user_id}));
  TRY_VOID(c->execute("DELETE FROM recovery_codes WHERE user_id = ?", {user_id}));
  TRY_VOID(audit::record(*c, actor, {"two_factor_disable", "user", user_id, ""}));
  TRY_VOID(tx.commit());
  return {};
}

Result<std::vector<std::string>> TwoFactorService::new_recovery_codes(const audit::Actor& actor,
                                                                      const std::string& user_id, const Proof& proof) {
  auto c = TRY(pool_.acquire());
  if (!TRY(enabled(*c, user_id))) return fail(ErrorCode::not_found, "two-factor is off");
  TRY_VOID(require_proof(*c, user_id, proof));
  auto tx = TRY(db::Transaction::begin(*c));
  auto codes = TRY(replace_recovery_codes(*c, user_id));
  TRY_VOID(audit::record(*c, actor, {"recovery_codes_renewed", "user", user_id, ""}));
  TRY_VOID(tx.commit());
  return codes;
}

Result<void> TwoFactorService::reset(const audit::Actor& actor, const std::string& user_id) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  TRY_VOID(c->execute("DELETE FROM two_factor WHERE user_id = ?", {user_id}));
  TRY_VOID(c->execute("DELETE FROM recovery_codes WHERE user_id = ?", {user_id}));
  TRY_VOID(c->execute("DELETE FROM pending_sign_ins WHERE user_id = ?", {user_id}));
  TRY_VOID(audit::record(*c, actor, {"two_factor_reset", "user", user_id, ""}));
  TRY_VOID(tx.commit());
  return {};
}

Result<void> TwoFactorService::enrol_with_secret(db::Connection& c, const std::string& user_id,
                                                 const std::string& secret) {
  TRY_VOID(c.execute("DELETE FROM two_factor WHERE user_id = ?", {user_id}));
  TRY_VOID(
      c.execute("INSERT INTO two_factor (user_id, sealed_secret, confirmed, last_step, created_at) "
                "VALUES (?, ?, 1, 0, ?)",
                {user_id, box_.seal(secret, user_id), clock::now_iso()}));
  return {};
}

}  // namespace filet::auth
