#include "common/json_writer.hpp"

#include <array>
#include <boost/json/serializer.hpp>
#include <boost/json/value.hpp>
#include <charconv>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace filet {
namespace {

// For each byte: 0 to copy it, else the letter after the backslash ('u' for \u00xx), as
// Boost.JSON's serializer has it.
constexpr std::array<char, 256> kEscapes = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = 'u';
  table['\b'] = 'b';
  table['\t'] = 't';
  table['\n'] = 'n';
  table['\f'] = 'f';
  table['\r'] = 'r';
  table['"'] = '"';
  table['\\'] = '\\';
  return table;
}();

#if defined(__SSE2__)
// The bytes of 16 that need escaping, as a bit mask: a control character (<= 0x1f, compared
// unsigned so bytes >= 0x80 stay plain), '"' or '\\'.
unsigned escape_mask(__m128i bytes) {
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(0x1f)), bytes);
  const __m128i quote = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))));
}

// The length of the leading run of `text` that needs no escaping, 16 bytes at a time: the last
// block overlaps the one before (never reading past the text), a text shorter than 16 is copied
// into a block of plain bytes first. Most texts (ids, names, dates, keys) take one to three blocks.
size_t plain_prefix(std::string_view text) {
  const char* p = text.data();
  const size_t n = text.size();
  if (n < 16) {
    char block[16];
    std::memset(block, 'a', sizeof block);
    if (n != 0) std::memcpy(block, p, n);
    unsigned mask = escape_mask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block)));
    return mask ? static_cast<size_t>(__builtin_ctz(mask)) : n;
  }
  size_t i = 0;
  for (; i + 16 <= n; i += 16)
    if (unsigned mask = escape_mask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))))
      return i + static_cast<size_t>(__builtin_ctz(mask));
  if (i == n) return n;
  // The bytes before i are plain already: only those from i on count.
  unsigned mask = escape_mask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 16))) >> (16 - (n - i));
  return mask ? i + static_cast<size_t>(__builtin_ctz(mask)) : n;
}
#else
// Whether any of the 8 bytes of `word` needs escaping: a control character (< 0x20), '"' or
// '\\' (bit tricks on a whole word, so plain text is scanned 8 bytes at a time).
constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;
constexpr bool has_byte_below(uint64_t word, uint8_t n) {
  return ((word - kOnes * n) & ~word & kHighs) != 0;
}
constexpr bool has_byte(uint64_t word, uint8_t b) {
  return has_byte_below(word ^ (kOnes * b), 1);
}
constexpr bool needs_escape(uint64_t word) {
  return has_byte_below(word, 0x20) || has_byte(word, '"') || has_byte(word, '\\');
}

// The length of the leading run of `text` that needs no escaping.
size_t plain_prefix(std::string_view text) {
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (needs_escape(word)) break;
  }
  while (i < text.size() && kEscapes[static_cast<unsigned char>(text[i])] == 0) ++i;
  return i;
}
#endif

}  // namespace

JsonWriter& JsonWriter::key(std::string_view name) {
  if (!plain_quoted(name, ':')) {
    separate();
    quoted(name);
    out_ += ':';
  }
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  if (!plain_quoted(text, 0)) {
    separate();
    quoted(text);
  }
  return *this;
}

// Most keys and texts have nothing to escape: the comma, the quoted text and `after` are then
// written at once, in one resize of the buffer (appends one by one cost a check and a length
// update each, and showed as a tenth of a list's instructions).
#if defined(__SSE2__)
// Each block of 16 bytes is checked and copied in the same pass, stored whole into 16 bytes of
// slack past the end (then cut back): no separate scan, no call to copy a short text.
bool JsonWriter::plain_quoted(std::string_view text, char after) {
  const char* from = text.data();
  const size_t n = text.size();
  const bool comma = need_comma_;
  const size_t start = out_.size();
  const size_t size = start + comma + n + 2 + (after != 0);
  bool plain = true;
  out_.resize_and_overwrite(size + 16, [&](char* p, size_t) -> size_t {
    char* to = p + start + comma + 1;
    if (n < 16) {
      char block[16];
      std::memset(block, 'a', sizeof block);
      if (n != 0) std::memcpy(block, from, n);
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block));
      if (escape_mask(bytes)) return plain = false, start;
      _mm_storeu_si128(reinterpret_cast<__m128i*>(to), bytes);
    } else {
      size_t i = 0;
      for (; i + 16 <= n; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + i));
        if (escape_mask(bytes)) return plain = false, start;
        _mm_storeu_si128(reinterpret_cast<__m128i*>(to + i), bytes);
      }
      if (i < n) {  // the last block overlaps the one before, whose bytes are plain
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + n - 16));
        if (escape_mask(bytes)) return plain = false, start;
        _mm_storeu_si128(reinterpret_cast<__m128i*>(to + n - 16), bytes);
      }
    }
    if (comma) p[start] = ',';
    p[start + comma] = '"';
    to[n] = '"';
    if (after != 0) to[n + 1] = after;
    return size;
  });
  if (!plain) return false;
  need_comma_ = true;
  return true;
}
#else
bool JsonWriter::plain_quoted(std::string_view text, char after) {
  if (plain_prefix(text) != text.size()) return false;
  const bool comma = need_comma_;
  const size_t start = out_.size();
  const size_t size = start + comma + text.size() + 2 + (after != 0);
  out_.resize_and_overwrite(size, [&](char* p, size_t) {
    p += start;
    if (comma) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, text.data(), text.size());
    p += text.size();
    *p++ = '"';
    if (after != 0) *p = after;
    return size;
  });
  need_comma_ = true;
  return true;
}
#endif

JsonWriter& JsonWriter::value(bool b) {
  separate();
  out_ += b ? std::string_view("true") : std::string_view("false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::signed_number(int64_t n) {
  separate();
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out_.append(digits, end);
  return *this;
}

JsonWriter& JsonWriter::unsigned_number(uint64_t n) {
  separate();
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out_.append(digits, end);
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  // Boost.JSON's own shortest form (e.g. 1E0, 2.5E-1), so doubles read the same as before.
  return dom(boost::json::value(number));
}

JsonWriter& JsonWriter::dom(const boost::json::value& built) {
  separate();
  boost::json::serializer serializer;
  serializer.reset(&built);
  char buffer[512];
  while (!serializer.done()) {
    auto piece = serializer.read(buffer, sizeof buffer);
    out_.append(piece.data(), piece.size());
  }
  return *this;
}

JsonWriter& JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  out_ += bracket;
  need_comma_ = true;
  return *this;
}

void JsonWriter::quoted(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out_ += '"';
  size_t plain = plain_prefix(text);  // most text has nothing to escape: one append
  out_.append(text.data(), plain);
  const char* run = text.data() + plain;
  const char* end = text.data() + text.size();
  for (const char* p = run; p != end; ++p) {
    char escape = kEscapes[static_cast<unsigned char>(*p)];
    if (escape == 0) continue;
    out_.append(run, p);
    if (escape == 'u') {
      unsigned char c = static_cast<unsigned char>(*p);
      const char seq[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out_.append(seq, sizeof seq);
    } else {
      const char seq[2] = {'\\', escape};
      out_.append(seq, sizeof seq);
    }
    run = p + 1;
  }
  out_.append(run, end);
  out_ += '"';
}

}  // namespace filet
