#pragma once
// A dimension's (section's) score and internal consistency, from sums SQL computes over the
// responses complete on the dimension (every Likert item of it answered on the scale): the
// responses' mean score and Cronbach's alpha. Pure: sums in, figures out. Integer sums keep the
// variances exact until the last division.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace filet::questionnaires {

// Σx and Σx² of one item's scores over the complete responses.
struct ItemSums {
  std::string item;
  int64_t sum = 0, squares = 0;
};

// Over the responses complete on a dimension of `items.size()` items: their number, and the sums
// of each response's total score (the sum of its items' scores).
struct DimensionSums {
  std::string section;
  int64_t complete = 0;
  int64_t total_sum = 0, total_squares = 0;
  std::vector<ItemSums> items;  // one per Likert item of the dimension
};

// Adds one response complete on the dimension: its total score and its items' scores as SQL
// joins them, "q1=3 q2=4 …" (item codes hold neither "=" nor spaces). A malformed list is an
// internal error, never a silently wrong alpha.
Result<void> add_complete_response(DimensionSums& sums, int64_t total, std::string_view scores);

struct DimensionResult {
  std::string section;
  int64_t items = 0;            // Likert items in the dimension
  int64_t n = 0;                // responses complete on the dimension
  std::optional<double> mean;   // the mean of the responses' mean item score; none when n = 0
  std::optional<double> alpha;  // Cronbach's alpha; none under 2 items, 2 responses or no variance
  bool hidden = false;          // fewer than k complete responses, outside the organization
};

// alpha = k / (k − 1) × (1 − Σ var(item) / var(total)), sample variances over the same complete
// responses. An item count that does not match the dimension's is an error, not a silent alpha.
Result<DimensionResult> dimension_result(const DimensionSums& sums, int64_t item_count);

// Outside the organization: a dimension of fewer than k complete responses shows no figure.
void hide_small_counts(DimensionResult& result, int64_t k);

}  // namespace filet::questionnaires
