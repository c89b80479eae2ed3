#pragma once
// Secrets at rest: authenticated encryption (XChaCha20-Poly1305, libsodium) under a master key
// kept in a file outside the database, so that a copy of the database alone reveals nothing.
// Used for TOTP secrets; the identity vault is meant to wrap its per-family keys with it too.
#include <filesystem>
#include <string>
#include <string_view>

#include "common/error.hpp"

namespace filet {

class SecretBox {
 public:
  static constexpr size_t kKeyBytes = 32;

  // Reads the key file (64 hex digits), or creates it with a random key, readable by its owner
  // only. A key file that its group or others can read is refused.
  static Result<SecretBox> from_key_file(const std::filesystem::path& path);
  // A key given as bytes (tests).
  static Result<SecretBox> from_key(std::string_view key);

  // Base64 of nonce + ciphertext + tag. `context` (e.g. the owner's id) is authenticated but not
  // stored: a sealed value copied to another owner does not open.
  std::string seal(std::string_view plaintext, std::string_view context) const;
  Result<std::string> open(std::string_view sealed, std::string_view context) const;

 private:
  explicit SecretBox(std::string key) : key_(std::move(key)) {}
  std::string key_;
};

}  // namespace filet
