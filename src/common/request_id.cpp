#include "common/request_id.hpp"

#include <sodium.h>

#include <array>
#include <cstdint>

namespace filet::ids {

// Each thread keys a ChaCha20 stream once from the system's random source, then takes each id
// from a block of its own nonce (a counter, never reused with that key): as unpredictable as
// asking the system every time, which cost a system call (getrandom) on every request.
std::string request_id() {
  struct Stream {
    std::array<unsigned char, crypto_stream_chacha20_KEYBYTES> key{};
    uint64_t counter = 0;
    Stream() { randombytes_buf(key.data(), key.size()); }
    ~Stream() { sodium_memzero(key.data(), key.size()); }
  };
  thread_local Stream stream;
  std::array<unsigned char, crypto_stream_chacha20_NONCEBYTES> nonce{};
  uint64_t n = stream.counter++;
  for (size_t i = 0; i < sizeof n; ++i) nonce[i] = static_cast<unsigned char>(n >> (8 * i));
  std::array<unsigned char, 12> raw{};
  crypto_stream_chacha20(raw.data(), raw.size(), nonce.data(), stream.key.data());
  char out[sodium_base64_ENCODED_LEN(12, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, raw.data(), raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

}  // namespace filet::ids
