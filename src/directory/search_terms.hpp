#pragma once
// How words are written into the search index and looked up, the same on SQLite and PostgreSQL:
// the index text holds the folded words of a service, then their French and English stems; a
// query word is looked up as a prefix of its French stem or of its English stem; words that carry
// no meaning (le, la, de, pour, the, of, ...) are left out of queries.
#include <string>
#include <string_view>
#include <vector>

namespace filet::directory {

// Bumped whenever index_text changes what it writes: the server then rewrites every service's
// index row at start (see search_text_version and service_repository::refresh_search_index).
inline constexpr std::string_view kSearchTextVersion = "2-stems-synonyms";

// Between the words and the stems of an index text; neither engine indexes it.
inline constexpr std::string_view kStemsSeparator = " | ";

bool is_stop_word(std::string_view folded_word);
// One way a query word may appear in the index: as a word or stem beginning with `text`, or,
// when not `prefix`, exactly `text`.
struct SearchTerm {
  std::string text;
  bool prefix = true;
  bool operator==(const SearchTerm&) const = default;
};
// What a folded query word is looked for by (any of them): its French and its English stem as
// prefixes, only the shorter when one begins the other ("familles" -> famill*, "medicaux" ->
// medical* or medicaux*). A stem under 4 letters would begin too many words ("pere" -> "per"):
// it must then be a whole stem, or the word itself a prefix ("pere" -> per, or pere*).
std::vector<SearchTerm> word_terms(std::string_view folded_word);
// The texts of the prefix terms: what the ranking looks for in names and need labels.
std::vector<std::string> ranking_patterns(std::string_view folded_word);
// The index text of some folded text: each distinct word, the separator, then each distinct stem
// that is not already a word.
std::string index_text(std::string_view folded);
// The distinct words (not the stems) of an index text, for the spelling vocabulary.
std::vector<std::string_view> index_words(std::string_view index_text);

}  // namespace filet::directory
