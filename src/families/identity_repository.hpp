#pragma once
// The SQL of sealed identities: the ciphertext, the wrapped data key (its own table, so that
// destroying it destroys the identity) and the blind index of names.
#include <optional>
#include <vector>

#include "common/identity_vault.hpp"
#include "db/scope.hpp"

namespace filet::families::identity_repository {

struct StoredIdentity {
  vault::SealedIdentity sealed;
  std::string updated_at;
  int64_t version = 0;
};

// The sealed identity of a family the scope reads identified; none when it has none.
Result<std::optional<StoredIdentity>> find(db::ScopedConnection& c, const std::string& family_id);
// Replaces the identity (and its name index) of a family of `organization_id`; `version` is the
// one it replaces (0: none yet), compare-and-set.
Result<void> save(db::ScopedConnection& c, const std::string& family_id, const std::string& organization_id,
                  const vault::SealedIdentity& sealed, const std::vector<std::string>& name_hashes,
                  const std::string& updated_at, int64_t version);

}  // namespace filet::families::identity_repository
