#include "auth/totp.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <array>
#include <cctype>

namespace filet::auth::totp {
namespace {
constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

std::string percent_encode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '@') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}
}  // namespace

std::string base32_encode(std::string_view bytes) {
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 5) {
      out += kAlphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << (5 - bits)) & 31];
  return out;
}

std::optional<std::string> base32_decode(std::string_view text) {
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (char raw : text) {
    if (raw == ' ' || raw == '=' || raw == '-') continue;
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(raw)));
    size_t value = kAlphabet.find(c);
    if (value == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 5) | static_cast<uint32_t>(value);
    bits += 5;
    if (bits >= 8) {
      out += static_cast<char>((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return out;
}

int64_t step_at(int64_t epoch_seconds) {
  return epoch_seconds / kStepSeconds;
}

std::string code_at_step(std::string_view secret, int64_t step, int digits) {
  std::array<unsigned char, 8> counter{};
  for (int i = 7; i >= 0; --i, step >>= 8) counter[i] = static_cast<unsigned char>(step & 0xff);
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_length = 0;
  HMAC(EVP_sha1(), secret.data(), static_cast<int>(secret.size()), counter.data(), counter.size(), mac, &mac_length);
  int offset = mac[mac_length - 1] & 0x0f;
  uint32_t binary = (static_cast<uint32_t>(mac[offset] & 0x7f) << 24) | (static_cast<uint32_t>(mac[offset + 1]) << 16) |
                    (static_cast<uint32_t>(mac[offset + 2]) << 8) | static_cast<uint32_t>(mac[offset + 3]);
  uint32_t modulo = 1;
  for (int i = 0; i < digits; ++i) modulo *= 10;
  std::string code = std::to_string(binary % modulo);
  return std::string(digits - code.size(), '0') + code;
}

std::optional<int64_t> matching_step(std::string_view secret, std::string_view code, int64_t epoch_seconds,
                                     int64_t last_used_step) {
  if (code.size() != kDigits) return std::nullopt;
  int64_t now = step_at(epoch_seconds);
  std::optional<int64_t> found;
  // Every candidate is computed and compared in constant time, whichever matches.
  for (int64_t step = now - 1; step <= now + 1; ++step) {
    std::string expected = code_at_step(secret, step);
    if (sodium_memcmp(expected.data(), code.data(), kDigits) == 0 && step > last_used_step && !found) found = step;
  }
  return found;
}

std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view base32_secret) {
  return "otpauth://totp/" + percent_encode(issuer) + ":" + percent_encode(account) +
         "?secret=" + std::string(base32_secret) + "&issuer=" + percent_encode(issuer) +
         "&algorithm=SHA1&digits=" + std::to_string(kDigits) + "&period=" + std::to_string(kStepSeconds);
}

}  // namespace filet::auth::totp
