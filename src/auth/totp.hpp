#pragma once
// Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, what
// every authenticator app reads from an otpauth:// URI. Pure functions; the service stores the
// secret sealed and the last step used.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace filet::auth::totp {

inline constexpr int64_t kStepSeconds = 30;
inline constexpr int kDigits = 6;

// RFC 4648 base32 (A-Z, 2-7, no padding), as authenticator apps show and take secrets.
std::string base32_encode(std::string_view bytes);
// Spaces and case ignored; nullopt for any other character.
std::optional<std::string> base32_decode(std::string_view text);

int64_t step_at(int64_t epoch_seconds);
// The code of one time step, `digits` long with leading zeros.
std::string code_at_step(std::string_view secret, int64_t step, int digits = kDigits);
// The step (now −1, now, now +1, for clocks a little apart) whose code is `code`, if it is
// after `last_used_step`: a code is good once.
std::optional<int64_t> matching_step(std::string_view secret, std::string_view code, int64_t epoch_seconds,
                                     int64_t last_used_step);

// otpauth://totp/Filet:EMAIL?secret=...&issuer=Filet&algorithm=SHA1&digits=6&period=30
std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view base32_secret);

}  // namespace filet::auth::totp
