#pragma once
// Secrets at rest: authenticated encryption (XChaCha20-Poly1305, libsodium) under a master key
// kept in a file outside the database, so that a copy of the database alone reveals nothing.
// Used for TOTP secrets; the identity vault (identity_vault.hpp) wraps its per-family keys with
// a key derived from it.
#include <cstdint>
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
  // A key given as bytes (tests, and the identity vault's per-family data keys).
  static Result<SecretBox> from_key(std::string_view key);
  // `filet key init`: writes a new random key file, mode 600; refuses to overwrite one.
  static Result<void> create_key_file(const std::filesystem::path& path);

  SecretBox(const SecretBox&) = default;
  SecretBox(SecretBox&&) = default;
  SecretBox& operator=(const SecretBox&) = default;
  SecretBox& operator=(SecretBox&&) = default;
  ~SecretBox();  // wipes the key from memory

  // A box under a subkey of this one for one purpose (crypto_kdf: `purpose` is 8 characters,
  // `id` tells subkeys of one purpose apart), so that one master key serves several uses
  // without any two sharing a key.
  SecretBox derive(std::string_view purpose, uint64_t id) const;
  // A keyed BLAKE2b hash (crypto_generichash) of `message`, hex, 32 digits: the same message
  // gives the same hash under the same key; without the key it cannot be computed or guessed.
  std::string keyed_hash(std::string_view message) const;

  // Base64 of nonce + ciphertext + tag. `context` (e.g. the owner's id) is authenticated but not
  // stored: a sealed value copied to another owner does not open.
  std::string seal(std::string_view plaintext, std::string_view context) const;
  Result<std::string> open(std::string_view sealed, std::string_view context) const;

 private:
  explicit SecretBox(std::string key) : key_(std::move(key)) {}
  std::string key_;
};

}  // namespace filet
