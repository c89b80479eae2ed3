#include "directory/search_terms.hpp"

#include <algorithm>
#include <unordered_set>

#include "common/stemming.hpp"
#include "common/text.hpp"

namespace filet::directory {
namespace {

// Folded French and English words that narrow nothing. Elided letters (l', d', j', ...) too.
// "and", "or" and "not" stay words: a query may look like an operator and must still be text.
constexpr std::string_view kStopWords[] = {
    "a",    "au", "aux", "avec", "c",   "ce",   "ces",   "d",   "dans", "de",  "des", "du", "en",   "et",
    "j",    "l",  "la",  "le",   "les", "leur", "leurs", "m",   "ma",   "mes", "mon", "n",  "ou",   "par",
    "pour", "qu", "que", "qui",  "s",   "sa",   "se",    "ses", "son",  "sur", "t",   "un", "une",  "an",
    "at",   "by", "for", "from", "in",  "into", "is",    "my",  "of",   "on",  "the", "to", "with", "your"};

}  // namespace

bool is_stop_word(std::string_view folded_word) {
  return std::find(std::begin(kStopWords), std::end(kStopWords), folded_word) != std::end(kStopWords);
}

std::vector<SearchTerm> word_terms(std::string_view folded_word) {
  std::string word(folded_word);
  std::vector<std::string> stems;
  for (auto language : {text::StemLanguage::french, text::StemLanguage::english}) {
    std::string s = text::stem(word, language);
    if (s.empty()) s = word;
    if (std::find(stems.begin(), stems.end(), s) == stems.end()) stems.push_back(std::move(s));
  }
  std::vector<SearchTerm> terms;
  bool word_needed = false;
  for (const auto& s : stems) {
    bool prefix = s.size() >= 4 || s == word;
    terms.push_back({s, prefix});
    word_needed |= !prefix;
  }
  if (word_needed) terms.push_back({word, true});
  // A prefix term that begins another prefix term finds all it finds: keep the shorter only.
  std::vector<SearchTerm> kept;
  for (const auto& t : terms) {
    bool covered = std::any_of(terms.begin(), terms.end(), [&](const SearchTerm& o) {
      return o.prefix && &o != &t && t.text.starts_with(o.text) && (t.text != o.text || &o < &t);
    });
    if (!covered) kept.push_back(t);
  }
  return kept;
}

std::vector<std::string> ranking_patterns(std::string_view folded_word) {
  std::vector<std::string> out;
  for (const auto& t : word_terms(folded_word))
    if (t.prefix) out.push_back(t.text);
  return out;
}

std::string index_text(std::string_view folded) {
  std::vector<std::string> words, stems;
  std::unordered_set<std::string> seen_words;
  for (auto& w : text::split_words(folded))
    if (seen_words.insert(w).second) words.push_back(std::move(w));
  std::unordered_set<std::string> seen_stems;
  for (const auto& w : words)
    for (auto language : {text::StemLanguage::french, text::StemLanguage::english}) {
      std::string s = text::stem(w, language);
      if (!s.empty() && !seen_words.contains(s) && seen_stems.insert(s).second) stems.push_back(std::move(s));
    }
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  out += kStemsSeparator;
  for (const auto& s : stems) out += s + " ";
  if (out.ends_with(' ')) out.pop_back();
  return out;
}

std::vector<std::string_view> index_words(std::string_view index_text) {
  std::vector<std::string_view> out;
  size_t end = index_text.find(kStemsSeparator);
  std::string_view words = index_text.substr(0, end);
  size_t i = 0;
  while (i < words.size()) {
    size_t j = words.find(' ', i);
    if (j == std::string_view::npos) j = words.size();
    if (j > i) out.push_back(words.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace filet::directory
