#pragma once
// Small-count suppression: the one rule for every aggregate shown outside its organization, so
// that nobody can be singled out from a table of counts.
//   - Primary: a count from 1 to k-1 (k = 5 by default) is hidden. Zeros are shown: a zero names
//     nobody, and hiding every zero would blank most tables of a small network.
//   - Complementary: a total minus the visible counts of its line must never give a hidden one.
//     Rows and columns are read with their totals (the row totals and the grand total form one
//     more column, the column totals and the grand total one more row); every such line holding
//     exactly one hidden entry gets a second: its smallest non-zero visible count, or its total
//     when no count is left. Repeated until no line has exactly one hidden entry. So no hidden
//     count can be recovered by one subtraction along a row or a column.
// Pure: the counts in, the same counts each with why it is hidden (or not) out.
#include <cstdint>
#include <vector>

#include "common/error.hpp"

namespace filet::small_counts {

inline constexpr int64_t kDefaultThreshold = 5;

enum class Why {
  shown,
  primary,        // a count from 1 to k-1
  complementary,  // hidden so that a primary one cannot be recovered by subtraction
};

struct Entry {
  int64_t value = 0;
  Why why = Why::shown;
  bool hidden() const { return why != Why::shown; }
};

struct Table {
  std::vector<std::vector<Entry>> cells;  // rows × columns
  std::vector<Entry> row_totals;
  std::vector<Entry> column_totals;
  Entry grand_total;
};

// `counts` is rows × columns, every row as long, no negative count; k ≥ 1. Totals are the sums.
Result<Table> suppress(const std::vector<std::vector<int64_t>>& counts, int64_t k = kDefaultThreshold);

// The 1-D variant: a list of counts and their total.
struct List {
  std::vector<Entry> counts;
  Entry total;
};
Result<List> suppress_list(const std::vector<int64_t>& counts, int64_t k = kDefaultThreshold);

}  // namespace filet::small_counts
