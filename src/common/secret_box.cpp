#include "common/secret_box.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

namespace filet {
namespace {

constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(SecretBox::kKeyBytes == crypto_kdf_KEYBYTES &&
              SecretBox::kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

const unsigned char* bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

Error key_file_error(const std::filesystem::path& path, std::string why) {
  return Error::of(ErrorCode::unavailable, "key file " + path.string() + ": " + std::move(why));
}

// Writes a new random key with mode 0600; O_EXCL so two processes starting together cannot
// both write one (the loser reads the winner's key), and an existing key is never overwritten.
Result<void> write_new_key_file(const std::filesystem::path& path, bool* existed) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) {
    if (errno == EEXIST) {
      *existed = true;
      return {};
    }
    return fail(key_file_error(path, "cannot create"));
  }
  unsigned char key[SecretBox::kKeyBytes];
  randombytes_buf(key, sizeof key);
  char hex[SecretBox::kKeyBytes * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, key, sizeof key);
  sodium_memzero(key, sizeof key);
  std::string line = std::string(hex) + "\n";
  sodium_memzero(hex, sizeof hex);
  bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
  ::close(fd);
  sodium_memzero(line.data(), line.size());
  if (!written) return fail(key_file_error(path, "cannot write"));
  return {};
}

}  // namespace

Result<void> SecretBox::create_key_file(const std::filesystem::path& path) {
  bool existed = false;
  TRY_VOID(write_new_key_file(path, &existed));
  if (existed)
    return fail(ErrorCode::conflict, "key file " + path.string() +
                                         " exists already: it is never overwritten (a new "
                                         "key would make every secret sealed with the old one unreadable)");
  return {};
}

SecretBox::~SecretBox() {
  sodium_memzero(key_.data(), key_.size());
}

SecretBox SecretBox::derive(std::string_view purpose, uint64_t id) const {
  char context[crypto_kdf_CONTEXTBYTES] = {};
  purpose.copy(context, sizeof context);
  std::string subkey(kKeyBytes, '\0');
  crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(subkey.data()), subkey.size(), id, context, bytes(key_));
  return SecretBox(std::move(subkey));
}

std::string SecretBox::keyed_hash(std::string_view message) const {
  unsigned char hash[16];
  crypto_generichash(hash, sizeof hash, bytes(message), message.size(), bytes(key_), key_.size());
  char hex[sizeof hash * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return hex;
}

Result<SecretBox> SecretBox::from_key_file(const std::filesystem::path& path) {
  bool existed = false;  // created just now or there already: read either way
  TRY_VOID(write_new_key_file(path, &existed));
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return fail(key_file_error(path, "cannot read"));
  if (info.st_mode & (S_IRWXG | S_IRWXO))
    return fail(key_file_error(path, "readable by its group or by others: chmod 600 it"));
  std::ifstream in(path);
  std::string hex;
  std::getline(in, hex);
  while (!hex.empty() && (hex.back() == '\r' || hex.back() == ' ')) hex.pop_back();
  std::string key(kKeyBytes, '\0');
  size_t length = 0;
  if (hex.size() != kKeyBytes * 2 ||
      sodium_hex2bin(reinterpret_cast<unsigned char*>(key.data()), key.size(), hex.data(), hex.size(), nullptr, &length,
                     nullptr) != 0 ||
      length != kKeyBytes)
    return fail(key_file_error(path, "not a key (64 hexadecimal digits expected)"));
  sodium_memzero(hex.data(), hex.size());
  return SecretBox(std::move(key));
}

Result<SecretBox> SecretBox::from_key(std::string_view key) {
  if (key.size() != kKeyBytes) return fail(ErrorCode::internal, "secret box: key of 32 bytes expected");
  return SecretBox(std::string(key));
}

std::string SecretBox::seal(std::string_view plaintext, std::string_view context) const {
  std::string box(kNonce + plaintext.size() + kTag, '\0');
  auto* out = reinterpret_cast<unsigned char*>(box.data());
  randombytes_buf(out, kNonce);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(out + kNonce, &written, bytes(plaintext), plaintext.size(), bytes(context),
                                             context.size(), nullptr, out, bytes(key_));
  std::string encoded(sodium_base64_encoded_len(box.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(encoded.data(), encoded.size(), out, box.size(), sodium_base64_VARIANT_ORIGINAL);
  encoded.pop_back();  // the terminating NUL
  return encoded;
}

Result<std::string> SecretBox::open(std::string_view sealed, std::string_view context) const {
  std::string box(sealed.size(), '\0');
  size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(box.data()), box.size(), sealed.data(), sealed.size(), nullptr,
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      length < kNonce + kTag)
    return fail(ErrorCode::internal, "secret box: not a sealed value");
  const auto* in = reinterpret_cast<const unsigned char*>(box.data());
  std::string plain(length - kNonce - kTag, '\0');
  unsigned long long plain_length = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &plain_length, nullptr,
                                                 in + kNonce, length - kNonce, bytes(context), context.size(), in,
                                                 bytes(key_)) != 0)
    return fail(ErrorCode::internal, "secret box: does not open with this key (wrong key file?)");
  plain.resize(plain_length);
  return plain;
}

}  // namespace filet
