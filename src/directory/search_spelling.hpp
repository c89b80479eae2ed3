#pragma once
// Tolerance for typing mistakes: when a search finds nothing, each word the index does not know
// is replaced by the closest word it does know ("alimantaire" -> "alimentaire"), and the search
// runs again. The vocabulary is the words of the active services' index texts, read from the
// database and kept in memory, so it is the same on both engines.
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.hpp"

namespace filet::directory {

// Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
// neighbours count 1), or `limit + 1` as soon as it exceeds `limit`.
size_t edit_distance(std::string_view a, std::string_view b, size_t limit);
// The most edits a word of this many bytes may be corrected by: none under 3, 1 up to 5, then 2.
size_t allowed_edits(size_t length);

class SpellingVocabulary {
 public:
  // `index_texts` as stored in services.search_text.
  void build(const std::vector<std::string>& index_texts);
  // A word is known when a word or stem of the index matches one of its terms (word_terms).
  bool knows(std::string_view folded_word) const;
  // The closest known word within allowed_edits, starting with the same letter, the most frequent
  // first; nothing when there is none.
  std::optional<std::string> closest(std::string_view folded_word) const;
  // The tokens of a query with each unknown one corrected, or nothing when none could be.
  std::optional<std::vector<std::string>> correct(const std::vector<std::string>& tokens) const;

 private:
  std::map<std::string, int64_t, std::less<>> tokens_;  // word or stem -> services using it as a word
};

// The vocabulary of a database, read again when its services changed or after a minute.
class SpellingCache {
 public:
  Result<std::optional<std::vector<std::string>>> correct(db::Connection& c, const std::vector<std::string>& tokens);

 private:
  std::mutex mutex_;
  SpellingVocabulary vocabulary_;
  std::string stamp_;
  std::chrono::steady_clock::time_point read_at_{};
};

}  // namespace filet::directory
