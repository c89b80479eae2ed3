#include "common/identity_vault.hpp"

#include <sodium.h>

#include <algorithm>
#include <boost/json.hpp>

#include "common/text.hpp"

namespace filet::vault {
namespace {

// Subkeys of the master key: crypto_kdf contexts of 8 characters, one id per use.
constexpr std::string_view kPurpose = "filetvlt";
constexpr uint64_t kWrappingKey = 1;
constexpr uint64_t kNameIndexKey = 2;

// Associated data: binds each sealed value to its family, and the two kinds apart.
std::string key_context(std::string_view family_id) {
  return "filet-identity-key-v1:" + std::string(family_id);
}
std::string fields_context(std::string_view family_id) {
  return "filet-identity-v1:" + std::string(family_id);
}

// Plain text (JSON of the fields, a data key) wiped once sealed or refused.
struct Wiped {
  std::string bytes;
  ~Wiped() { sodium_memzero(bytes.data(), bytes.size()); }
};

Error vault_error(std::string detail) {
  return Error::of(ErrorCode::internal, "identity vault: " + std::move(detail));
}

}  // namespace

IdentityVault::IdentityVault(const SecretBox& master)
    : wrapping_(master.derive(kPurpose, kWrappingKey)), index_(master.derive(kPurpose, kNameIndexKey)) {}

Result<SealedIdentity> IdentityVault::seal(std::string_view family_id, const IdentityFields& fields) const {
  if (family_id.empty()) return fail(vault_error("a family id is needed"));
  Wiped data_key{std::string(SecretBox::kKeyBytes, '\0')};
  randombytes_buf(data_key.bytes.data(), data_key.bytes.size());
  auto box = TRY(SecretBox::from_key(data_key.bytes));
  boost::json::object object;
  for (const auto& [name, value] : fields) object[name] = value;
  Wiped plain{boost::json::serialize(object)};
  return SealedIdentity{wrapping_.seal(data_key.bytes, key_context(family_id)),
                        box.seal(plain.bytes, fields_context(family_id))};
}

Result<IdentityFields> IdentityVault::open(std::string_view family_id, const SealedIdentity& sealed) const {
  if (sealed.wrapped_key.empty()) return fail(vault_error("no data key: this identity was destroyed"));
  auto unwrapped = wrapping_.open(sealed.wrapped_key, key_context(family_id));
  if (!unwrapped) return fail(vault_error("the data key does not open (other family, or other master key)"));
  Wiped data_key{std::move(*unwrapped)};
  auto box = TRY(SecretBox::from_key(data_key.bytes));
  auto opened = box.open(sealed.ciphertext, fields_context(family_id));
  if (!opened) return fail(vault_error("the identity does not open (other family, or tampered)"));
  Wiped plain{std::move(*opened)};
  boost::system::error_code ec;
  auto value = boost::json::parse(plain.bytes, ec);
  if (ec || !value.is_object()) return fail(vault_error("the identity is not a JSON object"));
  IdentityFields fields;
  for (const auto& [name, field] : value.as_object()) {
    if (!field.is_string()) return fail(vault_error("field " + std::string(name) + " is not text"));
    fields.emplace(std::string(name), std::string(field.as_string()));
  }
  return fields;
}

Result<std::string> IdentityVault::rewrap(std::string_view family_id, std::string_view wrapped_key,
                                          const IdentityVault& next) const {
  auto unwrapped = wrapping_.open(wrapped_key, key_context(family_id));
  if (!unwrapped) return fail(vault_error("the data key does not open with the current master key"));
  Wiped data_key{std::move(*unwrapped)};
  return next.wrapping_.seal(data_key.bytes, key_context(family_id));
}

std::vector<std::string> IdentityVault::name_index(std::string_view name) const {
  auto hashes = name_query(name);
  std::string whole = normalize_name(name);
  if (!whole.empty()) hashes.push_back(index_.keyed_hash("name:" + whole));
  return hashes;
}

std::vector<std::string> IdentityVault::name_query(std::string_view query, bool whole_name) const {
  std::string normalized = normalize_name(query);
  if (normalized.empty()) return {};
  if (whole_name) return {index_.keyed_hash("name:" + normalized)};
  std::vector<std::string> words = text::split_words(normalized);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::vector<std::string> hashes;
  for (const auto& word : words) hashes.push_back(index_.keyed_hash("word:" + word));
  return hashes;
}

void destroy(SealedIdentity& sealed) {
  sodium_memzero(sealed.wrapped_key.data(), sealed.wrapped_key.size());
  sealed.wrapped_key.clear();
  sealed.wrapped_key.shrink_to_fit();
}

std::string normalize_name(std::string_view name) {
  // Typographic apostrophes and non-breaking spaces separate words like their ASCII twins.
  std::string plain(name);
  for (std::string_view curly : {"\u2019", "\u2018", "\u02bc", "\u00a0", "\u202f"}) {
    for (size_t at = plain.find(curly); at != std::string::npos; at = plain.find(curly, at))
      plain.replace(at, curly.size(), " ");
  }
  std::string out;
  for (const auto& word : text::split_words(text::fold(plain))) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

}  // namespace filet::vault
