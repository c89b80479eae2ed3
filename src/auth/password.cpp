#include "auth/password.hpp"

#include <sodium.h>

#include "auth/breached_passwords.hpp"
#include "common/text.hpp"

namespace filet::auth {
namespace {
// OWASP's argon2id baseline: 19 MiB of memory, 2 passes.
constexpr unsigned long long kOps = 2;
constexpr size_t kMemory = 19 * 1024 * 1024;
}  // namespace

Result<void> check_password_rule(std::string_view password) {
  size_t length = text::length(password);
  if (length < kPasswordMin)
    return fail(
        Error::field(ErrorCode::validation_failed, "password", FieldCode::too_short, std::to_string(kPasswordMin)));
  if (length > kPasswordMax)
    return fail(
        Error::field(ErrorCode::validation_failed, "password", FieldCode::too_long, std::to_string(kPasswordMax)));
  if (is_breached_password(password))
    return fail(Error::field(ErrorCode::validation_failed, "password", FieldCode::breached));
  return {};
}

Result<std::string> hash_password(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOps, kMemory, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return fail(ErrorCode::unavailable, "argon2id: out of memory");
  return std::string(out);
}

bool verify_password(const std::string& hash, std::string_view password) {
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void verify_against_dummy(std::string_view password) {
  static const std::string dummy = hash_password("filet-timing-equalizer").value_or("");
  (void)verify_password(dummy, password);
}

}  // namespace filet::auth
