#include "common/stemming.hpp"

#include <libstemmer.h>

#include <functional>
#include <memory>
#include <unordered_map>

namespace filet::text {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
using Stemmer = std::unique_ptr<sb_stemmer, StemmerDeleter>;

// A Snowball stemmer keeps state between calls: one per thread and language.
sb_stemmer* stemmer(StemLanguage language) {
  thread_local Stemmer french(sb_stemmer_new("french", "UTF_8"));
  thread_local Stemmer english(sb_stemmer_new("english", "UTF_8"));
  return language == StemLanguage::french ? french.get() : english.get();
}

// The words of a directory repeat (a few thousand for 100,000 services), and Snowball takes
// about 2,700 instructions a word: each thread remembers the stems it made, per language, a quarter
// of an HSDS import's instructions saved. Forgotten all at once past kMaxRemembered words.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
};
using Stems = std::unordered_map<std::string, std::string, WordHash, std::equal_to<>>;
constexpr size_t kMaxRemembered = 100'000;

Stems& remembered(StemLanguage language) {
  thread_local Stems french, english;
  return language == StemLanguage::french ? french : english;
}

bool plain_letters(std::string_view word) {
  for (char c : word)
    if (c < 'a' || c > 'z') return false;
  return true;
}

}  // namespace

std::string stem(std::string_view folded_word, StemLanguage language) {
  if (folded_word.size() < 3 || !plain_letters(folded_word)) return std::string(folded_word);
  Stems& stems = remembered(language);
  if (auto found = stems.find(folded_word); found != stems.end()) return found->second;
  sb_stemmer* s = stemmer(language);
  if (!s) return std::string(folded_word);
  const sb_symbol* out =
      sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(folded_word.data()), static_cast<int>(folded_word.size()));
  if (!out) return std::string(folded_word);
  std::string made(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(s)));
  if (stems.size() >= kMaxRemembered) stems.clear();
  stems.emplace(folded_word, made);
  return made;
}

}  // namespace filet::text
