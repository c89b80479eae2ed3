#include "common/stemming.hpp"

#include <libstemmer.h>

#include <memory>

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

bool plain_letters(std::string_view word) {
  for (char c : word)
    if (c < 'a' || c > 'z') return false;
  return true;
}

}  // namespace

std::string stem(std::string_view folded_word, StemLanguage language) {
  if (folded_word.size() < 3 || !plain_letters(folded_word)) return std::string(folded_word);
  sb_stemmer* s = stemmer(language);
  if (!s) return std::string(folded_word);
  const sb_symbol* out =
      sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(folded_word.data()), static_cast<int>(folded_word.size()));
  if (!out) return std::string(folded_word);
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(s)));
}

}  // namespace filet::text
