#include "common/ids.hpp"

#include <sodium.h>

#include <array>
#include <cctype>

namespace filet::ids {

namespace {
std::string format_uuid(std::array<unsigned char, 16> b) {
  b[6] = (b[6] & 0x0F) | 0x40;
  b[8] = (b[8] & 0x3F) | 0x80;
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (size_t i = 0; i < b.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += hex[b[i] >> 4];
    out += hex[b[i] & 0xF];
  }
  return out;
}
}  // namespace

std::string new_uuid() {
  std::array<unsigned char, 16> b{};
  randombytes_buf(b.data(), b.size());
  return format_uuid(b);
}

std::string derived_uuid(std::string_view seed) {
  std::array<unsigned char, 16> b{};
  crypto_generichash(b.data(), b.size(), reinterpret_cast<const unsigned char*>(seed.data()), seed.size(), nullptr, 0);
  return format_uuid(b);
}

bool is_uuid(std::string_view s) {
  if (s.size() != 36) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? s[i] != '-' : !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

std::string random_token(size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  return out;
}

}  // namespace filet::ids
