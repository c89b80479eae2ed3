#include "questionnaires/dimension_results.hpp"

#include <algorithm>
#include <charconv>

namespace filet::questionnaires {
namespace {

// n(n − 1) × the sample variance, exact in integers: n Σx² − (Σx)².
double scaled_variance(int64_t n, int64_t sum, int64_t squares) {
  return static_cast<double>(n) * static_cast<double>(squares) - static_cast<double>(sum) * static_cast<double>(sum);
}

}  // namespace

Result<void> add_complete_response(DimensionSums& sums, int64_t total, std::string_view scores) {
  sums.complete += 1;
  sums.total_sum += total;
  sums.total_squares += total * total;
  int64_t seen = 0;
  while (!scores.empty()) {
    const size_t end = std::min(scores.find(' '), scores.size());
    const std::string_view pair = scores.substr(0, end);
    scores.remove_prefix(std::min(end + 1, scores.size()));
    const size_t eq = pair.find('=');
    int64_t score = 0;
    if (eq == std::string_view::npos ||
        std::from_chars(pair.data() + eq + 1, pair.data() + pair.size(), score).ptr != pair.data() + pair.size())
      return fail(ErrorCode::internal, "dimension " + sums.section + ": malformed scores");
    const std::string_view item = pair.substr(0, eq);
    auto same = std::ranges::find(sums.items, item, &ItemSums::item);
    if (same == sums.items.end()) same = sums.items.insert(sums.items.end(), ItemSums{std::string(item), 0, 0});
    same->sum += score;
    same->squares += score * score;
    seen += score;
  }
  if (seen != total) return fail(ErrorCode::internal, "dimension " + sums.section + ": scores do not add up");
  return {};
}

Result<DimensionResult> dimension_result(const DimensionSums& sums, int64_t item_count) {
  if (item_count < 1 || static_cast<int64_t>(sums.items.size()) > item_count || sums.complete < 0)
    return fail(ErrorCode::internal, "dimension " + sums.section + ": item sums do not match its items");
  DimensionResult r{sums.section, item_count, sums.complete, std::nullopt, std::nullopt, false};
  if (sums.complete == 0) return r;
  if (static_cast<int64_t>(sums.items.size()) != item_count)
    return fail(ErrorCode::internal, "dimension " + sums.section + ": item sums do not match its items");
  r.mean = static_cast<double>(sums.total_sum) / static_cast<double>(sums.complete * item_count);
  if (item_count < 2 || sums.complete < 2) return r;
  // The common factor n(n − 1) cancels in the ratio of variances.
  const double total = scaled_variance(sums.complete, sums.total_sum, sums.total_squares);
  if (total <= 0) return r;
  double items = 0;
  for (const ItemSums& item : sums.items) items += scaled_variance(sums.complete, item.sum, item.squares);
  const double k = static_cast<double>(item_count);
  r.alpha = k / (k - 1.0) * (1.0 - items / total);
  return r;
}

void hide_small_counts(DimensionResult& result, int64_t k) {
  if (result.n >= k) return;
  result.hidden = true;
  result.n = 0;
  result.mean.reset();
  result.alpha.reset();
}

}  // namespace filet::questionnaires
