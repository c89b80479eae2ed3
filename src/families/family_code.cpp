#include "families/family_code.hpp"

#include <sodium.h>

#include <cctype>

namespace filet::families {

std::string family_code(uint64_t n) {
  n %= kCodeCount;
  auto take = [&n](std::string_view alphabet) {
    char c = alphabet[n % alphabet.size()];
    n /= alphabet.size();
    return c;
  };
  std::string code(7, '-');
  code[0] = take(kCodeConsonants);
  code[1] = take(kCodeVowels);
  code[2] = take(kCodeConsonants);
  code[3] = take(kCodeVowels);
  code[5] = take(kCodeDigits);
  code[6] = take(kCodeDigits);
  return code;
}

std::string random_family_code() {
  uint64_t n = 0;
  randombytes_buf(&n, sizeof n);
  return family_code(n);
}

std::optional<std::string> normalize_family_code(std::string_view text) {
  std::string kept;
  for (char c : text) {
    if (c == ' ' || c == '-') continue;
    kept.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  if (kept.size() != 6) return std::nullopt;
  auto in = [](std::string_view alphabet, char c) { return alphabet.find(c) != std::string_view::npos; };
  if (!in(kCodeConsonants, kept[0]) || !in(kCodeVowels, kept[1]) || !in(kCodeConsonants, kept[2]) ||
      !in(kCodeVowels, kept[3]) || !in(kCodeDigits, kept[4]) || !in(kCodeDigits, kept[5]))
    return std::nullopt;
  return kept.substr(0, 4) + "-" + kept.substr(4);
}

}  // namespace filet::families
