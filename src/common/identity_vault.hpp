#pragma once
// The identity vault: a family's identifying fields (names, phone, address...) live apart from
// its pseudonymous record, sealed (XChaCha20-Poly1305) under a data key of their own, random per
// family. That data key is stored only wrapped (sealed) under a key derived from the master key
// file, which stays outside the database. So:
//   - a copy of the database without the key file reveals no identity;
//   - destroying a family = forgetting its wrapped key: its ciphertext, wherever a copy of it
//     lies, no longer opens. For this to reach backups too, the families module keeps wrapped
//     keys where backups do not outlive a destruction (see ARCHITECTURE.md, "Identity vault");
//   - the family id is authenticated with both the wrapped key and the ciphertext: a ciphertext
//     or a key moved to another family does not open;
//   - a name is found through a keyed blind index (hashes of its normalized words and of the
//     whole name, under another key derived from the master key): no plaintext name column.
// Storage (the table) belongs to the families module; this is the cryptography alone.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "common/secret_box.hpp"

namespace filet::vault {

// The identifying fields of one family, by name (e.g. "given_name", "phone"): the families
// module chooses the names; the vault seals them as one JSON object.
using IdentityFields = std::map<std::string, std::string>;

// What is stored for one family: both base64, neither readable without the master key.
struct SealedIdentity {
  std::string wrapped_key;  // the family's data key, sealed under the master key's wrapping subkey
  std::string ciphertext;   // the fields, sealed under the data key
};

class IdentityVault {
 public:
  explicit IdentityVault(const SecretBox& master);

  // Seals `fields` under a new random data key bound to `family_id`.
  Result<SealedIdentity> seal(std::string_view family_id, const IdentityFields& fields) const;
  // Opens what seal made for the same family; refuses another family's, a tampered value, or a
  // key wrapped under another master key.
  Result<IdentityFields> open(std::string_view family_id, const SealedIdentity& sealed) const;
  // Master key rotation: the same data key, wrapped under `next` instead of this vault's master
  // key (the ciphertext does not change). The name index depends on the master key too: the
  // caller writes `next.name_index(...)` of the opened names beside the new wrapped key.
  Result<std::string> rewrap(std::string_view family_id, std::string_view wrapped_key, const IdentityVault& next) const;

  // The blind index of a name: one keyed hash per distinct normalized word, then one of the
  // whole normalized name (normalize_name). Store them; search with name_query.
  std::vector<std::string> name_index(std::string_view name) const;
  // What to look for: the hashes of the words of `query` (a family matches when its index holds
  // them all), or of the whole name when `whole_name`; empty when the query has no word.
  std::vector<std::string> name_query(std::string_view query, bool whole_name = false) const;

 private:
  SecretBox wrapping_;
  SecretBox index_;
};

// Destroys a family's identity for good: wipes and clears its wrapped key. The ciphertext may
// stay (in backups too); without the wrapped key nobody can open it.
void destroy(SealedIdentity& sealed);

// A name as the index sees it: accent-folded, lower-cased, its words (letters and digits; hyphens,
// apostrophes and runs of spaces separate them) joined by one space. "  Marie-Ève  D'Amour" ->
// "marie eve d amour".
std::string normalize_name(std::string_view name);

}  // namespace filet::vault
