#include "auth/two_factor_service.hpp"

#include <sodium.h>

#include "auth/password.hpp"
#include "auth/session_service.hpp"
#include "auth/totp.hpp"
#include "auth/two_factor_repository.hpp"
#include "common/clock.hpp"
#include "common/text.hpp"

namespace filet::auth {
namespace repo = two_factor_repository;
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
  return repo::confirmed(c, user_id);
}

Result<TwoFactorStatus> TwoFactorService::status(const std::string& user_id) {
  auto c = TRY(pool_.acquire());
  TwoFactorStatus status;
  status.enabled = TRY(enabled(*c, user_id));
  status.recovery_codes_left = static_cast<int>(TRY(repo::recovery_codes_left(*c, user_id)));
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
  TRY_VOID(repo::set_secret(*c, user_id, box_.seal(secret, user_id), false, clock::now_iso()));
  TRY_VOID(audit::record(*c, actor, {"two_factor_begin", "user", user_id, ""}));
  TRY_VOID(tx.commit());
  sodium_memzero(secret.data(), secret.size());
  return Enrolment{encoded, totp::otpauth_uri("Filet", email, encoded)};
}

Result<bool> TwoFactorService::check_code(db::Connection& c, const std::string& user_id, const std::string& code,
                                          bool confirmed) {
  auto stored = TRY(repo::secret(c, user_id, confirmed));
  if (!stored) return false;
  std::string secret = TRY(box_.open(stored->sealed, user_id));
  auto step = totp::matching_step(secret, code, clock::now_epoch(), stored->last_step);
  sodium_memzero(secret.data(), secret.size());
  if (!step) return false;
  // The step is taken in one statement: two requests with the same code cannot both pass.
  return repo::take_step(c, user_id, *step);
}

Result<bool> TwoFactorService::check_recovery_code(db::Connection& c, const std::string& user_id,
                                                   const std::string& code) {
  return repo::use_recovery_code(c, user_id, token_hash(normalized_recovery_code(code)));
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
  TRY_VOID(repo::delete_recovery_codes(c, user_id));
  std::vector<std::string> codes;
  for (int i = 0; i < kRecoveryCodeCount; ++i) {
    codes.push_back(new_recovery_code());
    TRY_VOID(repo::add_recovery_code(c, user_id, token_hash(normalized_recovery_code(codes.back()))));
  }
  return codes;
}

Result<std::vector<std::string>> TwoFactorService::confirm(const audit::Actor& actor, const std::string& user_id,
                                                           const std::string& code) {
  auto c = TRY(pool_.acquire());
  if (TRY(enabled(*c, user_id))) return fail(ErrorCode::conflict, "two-factor already on");
  auto tx = TRY(db::Transaction::begin(*c));
  if (!TRY(check_code(*c, user_id, code, false))) return fail(wrong_proof("code"));
  TRY_VOID(repo::confirm(*c, user_id));
  auto codes = TRY(replace_recovery_codes(*c, user_id));
  TRY_VOID(audit::record(*c, actor, {"two_factor_enrol", "user", user_id, ""}));
  TRY_VOID(tx.commit());
  return codes;
}

Result<void> TwoFactorService::require_proof(db::Connection& c, const std::string& user_id, const Proof& proof) {
  if (proof.password) {
    auto hash = TRY(repo::password_hash(c, user_id));
    if (!hash || !verify_password(*hash, *proof.password)) return fail(wrong_proof("password"));
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
  TRY_VOID(repo::remove(*c, user_id, false));
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
  TRY_VOID(repo::remove(*c, user_id, true));
  TRY_VOID(audit::record(*c, actor, {"two_factor_reset", "user", user_id, ""}));
  TRY_VOID(tx.commit());
  return {};
}

Result<void> TwoFactorService::enrol_with_secret(db::Connection& c, const std::string& user_id,
                                                 const std::string& secret) {
  return repo::set_secret(c, user_id, box_.seal(secret, user_id), true, clock::now_iso());
}

}  // namespace filet::auth
