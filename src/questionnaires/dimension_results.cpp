#include "questionnaires/dimension_results.hpp"

namespace filet::questionnaires {
namespace {

// n(n − 1) × the sample variance, exact in integers: n Σx² − (Σx)².
double scaled_variance(int64_t n, int64_t sum, int64_t squares) {
  return static_cast<double>(n) * static_cast<double>(squares) - static_cast<double>(sum) * static_cast<double>(sum);
}

}  // namespace

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
