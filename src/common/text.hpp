#pragma once
// Text helpers shared by all modules: UTF-8 checks and the accent/case folding used for search.
#include <string>
#include <string_view>
#include <vector>

namespace filet::text {

bool is_valid_utf8(std::string_view s);

// Lower-cases and strips accents from Latin letters ("Épicerie" -> "epicerie", "Œuvre" ->
// "oeuvre") so that searches match whatever way people type French.
std::string fold(std::string_view s);

// The words of a folded text as both search engines split it: runs of letters and digits (any
// byte of a multi-byte character counts as a letter), in order, repeats kept.
std::vector<std::string> split_words(std::string_view folded);

// Number of Unicode code points (for length limits users understand).
size_t length(std::string_view utf8);

std::string trim(std::string_view s);
std::string lower_ascii(std::string_view s);

}  // namespace filet::text
