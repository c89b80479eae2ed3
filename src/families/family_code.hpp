#pragma once
// The pseudonymous code that names a family everywhere in Filet: short, unambiguous and easy to
// read aloud on the phone (two consonant-vowel syllables and two digits, e.g. "BOTA-27"): no
// consonants that look or sound alike (no C, Q, L, H, J, W, X, Y), no 0 or 1 (so that the vowels
// O and I are never read as digits: letters and digits also have their own places), capitals.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace filet::families {

inline constexpr std::string_view kCodeConsonants = "BDFGKMNPRSTVZ";
inline constexpr std::string_view kCodeVowels = "AEIOU";
inline constexpr std::string_view kCodeDigits = "23456789";
// How many distinct codes there are (13 × 5 × 13 × 5 × 8 × 8).
inline constexpr uint64_t kCodeCount = 13ull * 5 * 13 * 5 * 8 * 8;

// The code of number `n` (taken modulo kCodeCount): a bijection, so distinct numbers below
// kCodeCount give distinct codes.
std::string family_code(uint64_t n);
// A new code from random numbers (the service retries when the organization already has it).
std::string random_family_code();
// A code as a person may type it ("bota 27", "Bota27", "BOTA-27"): the code, or none when the
// text is not one.
std::optional<std::string> normalize_family_code(std::string_view text);

}  // namespace filet::families
