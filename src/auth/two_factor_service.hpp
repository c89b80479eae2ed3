#pragma once
// Two-factor sign-in: enrolment (a TOTP secret sealed with the master key, confirmed with a
// first code), ten one-time recovery codes (shown once, stored hashed), disabling and new
// recovery codes (with the password or a code), and the reset an admin runs from the command
// line for someone who lost their phone. Every change is audited, never a secret.
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_log.hpp"
#include "common/secret_box.hpp"
#include "db/pool.hpp"

namespace filet::auth {

inline constexpr int kRecoveryCodeCount = 10;

struct Enrolment {
  std::string secret;       // base32, for typing into an app
  std::string otpauth_uri;  // for the QR code
};

// What proves the account holder: a code of the app, or one recovery code (sign-in), or the
// password (disabling, new recovery codes).
struct Proof {
  std::optional<std::string> code;
  std::optional<std::string> recovery_code;
  std::optional<std::string> password;
};

struct TwoFactorStatus {
  bool enabled = false;
  int recovery_codes_left = 0;
};

class TwoFactorService {
 public:
  TwoFactorService(db::Pool& pool, const SecretBox& box) : pool_(pool), box_(box) {}

  Result<TwoFactorStatus> status(const std::string& user_id);
  // A new secret, not in force until confirmed; refused (conflict) while two-factor is on.
  Result<Enrolment> begin(const audit::Actor& actor, const std::string& user_id, const std::string& email);
  // Turns it on with a first code; returns the recovery codes, the only time they are shown.
  Result<std::vector<std::string>> confirm(const audit::Actor& actor, const std::string& user_id,
                                           const std::string& code);
  Result<void> disable(const audit::Actor& actor, const std::string& user_id, const Proof& proof);
  Result<std::vector<std::string>> new_recovery_codes(const audit::Actor& actor, const std::string& user_id,
                                                      const Proof& proof);
  // The command line's `user reset-2fa`: off, codes gone; the person enrols again.
  Result<void> reset(const audit::Actor& actor, const std::string& user_id);

  // Whether the account has two-factor on (confirmed).
  static Result<bool> enabled(db::Connection& c, const std::string& user_id);
  // Checks a code or a recovery code at sign-in; each is good once (a code's time step is
  // remembered, a recovery code is deleted). False when wrong.
  Result<bool> check(db::Connection& c, const audit::Actor& actor, const std::string& user_id, const Proof& proof);
  // The demo's admin: enrolled with a fixed, documented secret (raw bytes).
  Result<void> enrol_with_secret(db::Connection& c, const std::string& user_id, const std::string& secret);

 private:
  Result<bool> check_code(db::Connection& c, const std::string& user_id, const std::string& code, bool confirmed);
  Result<bool> check_recovery_code(db::Connection& c, const std::string& user_id, const std::string& code);
  Result<void> require_proof(db::Connection& c, const std::string& user_id, const Proof& proof);
  Result<std::vector<std::string>> replace_recovery_codes(db::Connection& c, const std::string& user_id);
  db::Pool& pool_;
  const SecretBox& box_;
};

// Lower-case, without spaces and dashes: what a person typed, as it was hashed.
std::string normalized_recovery_code(std::string_view typed);

}  // namespace filet::auth
