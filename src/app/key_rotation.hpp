#pragma once
// `filet key rotate` (the server stopped): a new random master key replaces the key file. In one
// transaction every family's data key is wrapped anew (the ciphertext is unchanged), its name
// index recomputed, every TOTP secret resealed. Database copies made before then open for nobody
// with the new key: a family destroyed since, present in an old backup, is gone for good (Law 25).
#include <filesystem>

#include "db/pool.hpp"

namespace filet::app {

struct KeyRotation {
  int64_t identities = 0;
  int64_t secrets = 0;
};

// The new key is written beside the old one (`<key file>.next`, refused if it exists: an earlier
// rotation was interrupted) and moved over it once the database is committed.
Result<KeyRotation> rotate_master_key(db::Pool& pool, const std::filesystem::path& key_file);

}  // namespace filet::app
