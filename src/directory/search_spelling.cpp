#include "directory/search_spelling.hpp"

#include <algorithm>
#include <numeric>

#include "directory/search_terms.hpp"
#include "directory/service_repository.hpp"

namespace filet::directory {

size_t edit_distance(std::string_view a, std::string_view b, size_t limit) {
  size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  // Three rows of the optimal string alignment table.
  std::vector<size_t> before(m + 1), previous(m + 1), current(m + 1);
  std::iota(previous.begin(), previous.end(), 0);
  for (size_t i = 1; i <= n; ++i) {
    current[0] = i;
    size_t row_min = current[0];
    for (size_t j = 1; j <= m; ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], limit + 1);
}

size_t allowed_edits(size_t length) {
  return length < 3 ? 0 : length <= 5 ? 1 : 2;
}

void SpellingVocabulary::build(const std::vector<std::string>& index_texts) {
  tokens_.clear();
  for (const auto& text : index_texts) {
    auto separator = text.find(kStemsSeparator);
    for (auto word : index_words(text)) ++tokens_[std::string(word)];
    if (separator == std::string::npos) continue;
    std::string_view stems = std::string_view(text).substr(separator + kStemsSeparator.size());
    size_t i = 0;
    while (i < stems.size()) {
      size_t j = std::min(stems.find(' ', i), stems.size());
      if (j > i) tokens_.try_emplace(std::string(stems.substr(i, j - i)), 0);
      i = j + 1;
    }
  }
}

bool SpellingVocabulary::knows(std::string_view folded_word) const {
  for (const auto& term : word_terms(folded_word)) {
    auto it = tokens_.lower_bound(term.text);
    if (it != tokens_.end() && (term.prefix ? it->first.starts_with(term.text) : it->first == term.text)) return true;
  }
  return false;
}

std::optional<std::string> SpellingVocabulary::closest(std::string_view folded_word) const {
  size_t limit = allowed_edits(folded_word.size());
  if (limit == 0) return std::nullopt;
  // Same first letter: people rarely miss it, and it keeps the scan to one stretch of the map.
  std::string first(1, folded_word.front());
  const std::string* best = nullptr;
  size_t best_distance = limit + 1;
  int64_t best_count = 0;
  for (auto it = tokens_.lower_bound(first); it != tokens_.end() && it->first.starts_with(first); ++it) {
    if (it->second == 0) continue;  // a stem only: not a word to show
    size_t d = edit_distance(folded_word, it->first, limit);
    if (d < best_distance || (d == best_distance && d <= limit && it->second > best_count)) {
      best = &it->first;
      best_distance = d;
      best_count = it->second;
    }
  }
  if (!best || best_distance > limit) return std::nullopt;
  return *best;
}

std::optional<std::vector<std::string>> SpellingVocabulary::correct(const std::vector<std::string>& tokens) const {
  std::vector<std::string> out = tokens;
  bool changed = false;
  for (auto& token : out) {
    if (is_stop_word(token) || knows(token)) continue;
    if (auto better = closest(token)) {
      token = *better;
      changed = true;
    }
  }
  if (!changed) return std::nullopt;
  return out;
}

Result<std::optional<std::vector<std::string>>> SpellingCache::correct(db::Connection& c,
                                                                       const std::vector<std::string>& tokens) {
  std::lock_guard lock(mutex_);
  // Read again when a service was added, removed or changed, or after a minute (an organization
  // renamed rewrites index texts without touching the services' dates).
  std::string stamp = TRY(service_repository::change_stamp(c));
  auto now = std::chrono::steady_clock::now();
  if (stamp != stamp_ || now - read_at_ > std::chrono::seconds(60)) {
    std::vector<std::string> texts;
    TRY_VOID(
        service_repository::each_active_search_text(c, [&](std::string text) { texts.push_back(std::move(text)); }));
    vocabulary_.build(texts);
    stamp_ = stamp;
    read_at_ = now;
  }
  return vocabulary_.correct(tokens);
}

}  // namespace filet::directory
