#include "common/small_counts.hpp"

#include <gtest/gtest.h>

#include <random>

namespace filet::small_counts {
namespace {

constexpr Why S = Why::shown, P = Why::primary, C = Why::complementary;

std::vector<Why> whys(const std::vector<Entry>& entries) {
  std::vector<Why> out;
  for (const auto& e : entries) out.push_back(e.why);
  return out;
}

// Every row and column with its total, as lists of entries (the totals last).
std::vector<std::vector<Entry>> lines(const Table& t) {
  std::vector<std::vector<Entry>> out;
  for (size_t r = 0; r < t.cells.size(); ++r) {
    out.push_back(t.cells[r]);
    out.back().push_back(t.row_totals[r]);
  }
  out.push_back(t.column_totals);
  out.back().push_back(t.grand_total);
  for (size_t c = 0; c < t.column_totals.size(); ++c) {
    std::vector<Entry> column;
    for (const auto& row : t.cells) column.push_back(row[c]);
    column.push_back(t.column_totals[c]);
    out.push_back(column);
  }
  std::vector<Entry> totals = t.row_totals;
  totals.push_back(t.grand_total);
  out.push_back(totals);
  return out;
}

// What someone reading the table can work out by one subtraction: in a line (the counts and
// their total) with exactly one hidden entry, that entry is the total minus the others, or the
// total is the sum of the counts. True when any hidden entry can be recovered so.
bool one_subtraction_recovers(const Table& t) {
  for (const auto& line : lines(t)) {
    size_t hidden = 0;
    for (const auto& e : line) hidden += e.hidden();
    if (hidden == 1) return true;
  }
  return false;
}

TEST(SmallCounts, HandWorkedTable) {
  // needs × territories          T1  T2  T3 | total
  //   food                        12   3   8 |   23
  //   housing                      6   7   9 |   22
  //   daycare                      0   0  10 |   10
  //   total                       18  10  27 |   55
  auto t = suppress({{12, 3, 8}, {6, 7, 9}, {0, 0, 10}}).value();
  // 3 is primary; its row then hides 8 (its smallest other non-zero count), its column 7; then
  // column T3 holds 8 alone: 9 joins it. Every line now holds 0 or 2 hidden entries.
  EXPECT_EQ(whys(t.cells[0]), (std::vector{S, P, C}));
  EXPECT_EQ(whys(t.cells[1]), (std::vector{S, C, C}));
  EXPECT_EQ(whys(t.cells[2]), (std::vector{S, S, S}));
  EXPECT_EQ(whys(t.row_totals), (std::vector{S, S, S}));
  EXPECT_EQ(whys(t.column_totals), (std::vector{S, S, S}));
  EXPECT_EQ(t.grand_total.why, S);
  EXPECT_EQ(t.cells[0][1].value, 3) << "values kept, for the caller to show or not";
  EXPECT_EQ(t.row_totals[0].value, 23);
  EXPECT_EQ(t.column_totals[2].value, 27);
  EXPECT_EQ(t.grand_total.value, 55);
  EXPECT_FALSE(one_subtraction_recovers(t));
}

TEST(SmallCounts, ZerosAreShownAndNeverUsedToHideAnother) {
  // A small count alone in its row with zeros: the row total is small too (primary) and covers it.
  auto t = suppress({{0, 3, 0}, {7, 6, 9}}).value();
  EXPECT_EQ(whys(t.cells[0]), (std::vector{S, P, S}));
  EXPECT_EQ(t.row_totals[0].why, P);
  // The column of the 3 then hides 6, and the column of the row totals (3 hidden, 22, 25) hides
  // 22: the 3 cannot be had from 25 - 22, nor from 9 - 6.
  EXPECT_EQ(whys(t.cells[1]), (std::vector{S, C, S}));
  EXPECT_EQ(t.row_totals[1].why, C) << "a total is hidden when it would give a hidden total away";
  EXPECT_EQ(whys(t.column_totals), (std::vector{S, S, S}));
  EXPECT_EQ(t.grand_total.why, S);
  EXPECT_FALSE(one_subtraction_recovers(t));
  for (const auto& row : t.cells)
    for (const auto& e : row)
      if (e.value == 0) {
        EXPECT_EQ(e.why, S);
      }
}

TEST(SmallCounts, NothingSmallNothingHidden) {
  auto t = suppress({{5, 9}, {10, 0}}).value();
  for (const auto& line : lines(t))
    for (const auto& e : line) EXPECT_EQ(e.why, S);
  auto empty = suppress(std::vector<std::vector<int64_t>>{}).value();
  EXPECT_TRUE(empty.cells.empty());
  EXPECT_EQ(empty.grand_total.value, 0);
}

TEST(SmallCounts, ThresholdIsAParameter) {
  auto k3 = suppress({{3, 4}, {2, 9}}, 3).value();
  EXPECT_EQ(whys(k3.cells[0]), (std::vector{C, C}));
  EXPECT_EQ(whys(k3.cells[1]), (std::vector{P, C}));
  EXPECT_FALSE(one_subtraction_recovers(k3));
  auto k1 = suppress({{1, 2}}, 1).value();
  EXPECT_EQ(whys(k1.cells[0]), (std::vector{S, S})) << "k = 1 hides nothing";
}

TEST(SmallCounts, BadInputIsRefusedNotGuessed) {
  EXPECT_FALSE(suppress({{1, 2}, {3}}));
  EXPECT_FALSE(suppress({{1, -2}}));
  EXPECT_FALSE(suppress({{1, 2}}, 0));
  EXPECT_FALSE(suppress_list(std::vector<int64_t>{4, -1}));
}

TEST(SmallCounts, ListHidesASmallCountAndTheNextSmallest) {
  auto list = suppress_list(std::vector<int64_t>{20, 2, 0, 7, 11}).value();
  EXPECT_EQ(whys(list.counts), (std::vector{S, P, S, C, S}));
  EXPECT_EQ(list.total.why, S);
  EXPECT_EQ(list.total.value, 40);
  auto two_small = suppress_list(std::vector<int64_t>{1, 2, 30}).value();
  EXPECT_EQ(whys(two_small.counts), (std::vector{P, P, S})) << "two hidden already protect each other";
  auto alone = suppress_list(std::vector<int64_t>{3, 0}).value();
  EXPECT_EQ(whys(alone.counts), (std::vector{P, S}));
  EXPECT_EQ(alone.total.why, P) << "the total equals the small count";
  auto with_total = suppress_list(std::vector<int64_t>{4, 0, 0}).value();
  EXPECT_EQ(with_total.total.why, P);
  auto only_total = suppress_list(std::vector<int64_t>{9, 0}, 10).value();
  EXPECT_EQ(whys(only_total.counts), (std::vector{P, S}));
}

TEST(SmallCounts, RandomTablesNeverGiveAHiddenCountByOneSubtraction) {
  std::mt19937 random(20261206);  // fixed seed: the same tables every run
  std::uniform_int_distribution<int> size(1, 7);
  std::discrete_distribution<int> kind({3, 4, 3});  // zero, small, large
  std::uniform_int_distribution<int64_t> small(1, 4), large(5, 60);
  int with_hidden = 0;
  for (int round = 0; round < 2000; ++round) {
    size_t rows = size(random), columns = size(random);
    std::vector<std::vector<int64_t>> counts(rows, std::vector<int64_t>(columns));
    for (auto& row : counts)
      for (auto& n : row) {
        int k = kind(random);
        n = k == 0 ? 0 : k == 1 ? small(random) : large(random);
      }
    auto t = suppress(counts).value();
    ASSERT_FALSE(one_subtraction_recovers(t)) << "round " << round;
    bool any = false;
    for (size_t r = 0; r < rows; ++r)
      for (size_t c = 0; c < columns; ++c) {
        const Entry& e = t.cells[r][c];
        ASSERT_EQ(e.value, counts[r][c]);
        ASSERT_EQ(e.why == P, counts[r][c] >= 1 && counts[r][c] < 5) << "primary exactly for 1..4";
        if (counts[r][c] == 0) {
          ASSERT_EQ(e.why, S) << "zeros are shown";
        }
        any |= e.hidden();
      }
    with_hidden += any;
  }
  EXPECT_GT(with_hidden, 1000) << "the tables do exercise suppression";
}

}  // namespace
}  // namespace filet::small_counts
