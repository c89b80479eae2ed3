#pragma once
// Password hashing with argon2id (libsodium) and the password rule (length, not breached).
#include <string>
#include <string_view>

#include "common/error.hpp"

namespace filet::auth {

inline constexpr size_t kPasswordMin = 12;
inline constexpr size_t kPasswordMax = 128;

// A field error on `password` when the length is outside 12..128 characters, or when it is one
// of the most common breached passwords.
Result<void> check_password_rule(std::string_view password);
Result<std::string> hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);
// Spends the same time as a real verification, so unknown accounts cannot be told by timing.
void verify_against_dummy(std::string_view password);

}  // namespace filet::auth
