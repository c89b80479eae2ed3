#include "common/small_counts.hpp"

#include <string>

namespace filet::small_counts {
namespace {

// The table with its totals as one grid of (rows + 1) × (columns + 1): the last column holds the
// row totals, the last row the column totals, the corner the grand total. Every row and every
// column of the grid is a line whose last entry is the sum of the others.
using Grid = std::vector<std::vector<Entry>>;

// One line of the grid: `count` entries reached through `at(i)`; the last one is the total.
template <typename At>
bool complete_line(size_t count, At at) {
  size_t hidden = 0;
  for (size_t i = 0; i < count; ++i) hidden += at(i).hidden();
  if (hidden != 1) return false;
  Entry* best = nullptr;
  for (size_t i = 0; i + 1 < count; ++i) {
    Entry& e = at(i);
    if (!e.hidden() && e.value > 0 && (!best || e.value < best->value)) best = &e;
  }
  if (!best && !at(count - 1).hidden() && at(count - 1).value > 0) best = &at(count - 1);
  // A line with one hidden entry (non-zero: zeros are never hidden) always has another non-zero
  // entry, its total or one of its counts; the check only guards against a broken invariant.
  if (!best) return false;
  best->why = Why::complementary;
  return true;
}

Grid suppressed_grid(Grid grid, int64_t k) {
  for (auto& row : grid)
    for (auto& e : row)
      if (e.value > 0 && e.value < k) e.why = Why::primary;
  size_t rows = grid.size(), columns = grid.front().size();
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t r = 0; r < rows; ++r) changed |= complete_line(columns, [&](size_t c) -> Entry& { return grid[r][c]; });
    for (size_t c = 0; c < columns; ++c) changed |= complete_line(rows, [&](size_t r) -> Entry& { return grid[r][c]; });
  }
  return grid;
}

Result<void> check(int64_t k) {
  if (k < 1) return fail(ErrorCode::internal, "small counts: the threshold must be at least 1");
  return {};
}

Result<void> check(const std::vector<int64_t>& counts) {
  for (int64_t n : counts)
    if (n < 0) return fail(ErrorCode::internal, "small counts: a count is negative: " + std::to_string(n));
  return {};
}

}  // namespace

Result<Table> suppress(const std::vector<std::vector<int64_t>>& counts, int64_t k) {
  TRY_VOID(check(k));
  size_t rows = counts.size(), columns = counts.empty() ? 0 : counts.front().size();
  Grid grid(rows + 1, std::vector<Entry>(columns + 1));
  for (size_t r = 0; r < rows; ++r) {
    if (counts[r].size() != columns) return fail(ErrorCode::internal, "small counts: rows of different lengths");
    TRY_VOID(check(counts[r]));
    for (size_t c = 0; c < columns; ++c) {
      int64_t n = counts[r][c];
      grid[r][c].value = n;
      grid[r][columns].value += n;
      grid[rows][c].value += n;
      grid[rows][columns].value += n;
    }
  }
  grid = suppressed_grid(std::move(grid), k);
  Table table;
  for (size_t r = 0; r < rows; ++r) {
    table.cells.emplace_back(grid[r].begin(), grid[r].begin() + columns);
    table.row_totals.push_back(grid[r][columns]);
  }
  table.column_totals.assign(grid[rows].begin(), grid[rows].begin() + columns);
  table.grand_total = grid[rows][columns];
  return table;
}

Result<List> suppress_list(const std::vector<int64_t>& counts, int64_t k) {
  TRY_VOID(check(k));
  TRY_VOID(check(counts));
  // One line: the counts, then their total.
  std::vector<Entry> line;
  Entry total;
  for (int64_t n : counts) {
    line.push_back({n, n > 0 && n < k ? Why::primary : Why::shown});
    total.value += n;
  }
  if (total.value > 0 && total.value < k) total.why = Why::primary;
  line.push_back(total);
  complete_line(line.size(), [&](size_t i) -> Entry& { return line[i]; });
  total = line.back();
  line.pop_back();
  return List{std::move(line), total};
}

}  // namespace filet::small_counts
