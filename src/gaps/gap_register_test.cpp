// The register's layout of the database's groups (cells, top reasons, tallies; that each family
// counts once per cell is gap_repository_test's) and its suppression: counts under 5 hidden, and
// complementary hiding so that no hidden count can be recomputed from the totals shown, by row or
// by column.
#include "gaps/gap_register.hpp"

#include <gtest/gtest.h>

#include <boost/json/array.hpp>
#include <random>

namespace filet::gaps {
namespace {

// A group of `units` families (or gaps without one) of a need in a territory, for one reason,
// each counted once everywhere, unless told otherwise.
GapGroup group(std::string need, std::string territory, int64_t units, std::string reason = "waiting_list") {
  return {need, "Besoin " + need, territory, "Territoire " + territory, "urban", reason, units, units, units, units};
}

TEST(GapRegister, LaysOutTheGroupsUnitsAsTheDatabaseCountedThem) {
  // food/north: three units over two reasons (a family with a gap of each reason counts in the
  // cell once, so the second group carries no cell unit but still its gap and its reason unit).
  auto second_reason_of_the_family = group("food", "north", 1, "cost");
  second_reason_of_the_family.cell_units = 0;
  second_reason_of_the_family.setting_units = 0;
  std::vector<GapGroup> groups{group("food", "north", 3), second_reason_of_the_family,
                               group("food", "south", 1, "cost"), group("housing", "north", 1)};
  auto r = aggregate(groups, Tally{{"2026-Q2", 5}});
  ASSERT_EQ(r.needs.size(), 2u);
  ASSERT_EQ(r.territories.size(), 2u);
  EXPECT_EQ(r.needs[0].id, "food");
  EXPECT_EQ(r.needs[0].name, "Besoin food");
  EXPECT_EQ(r.territories[0].id, "north");
  EXPECT_EQ(r.territories[0].setting, "urban");
  EXPECT_EQ(r.counts[0][0], 3);
  EXPECT_EQ(r.counts[0][1], 1);
  EXPECT_EQ(r.counts[1][0], 1);
  EXPECT_EQ(r.counts[1][1], 0);
  EXPECT_EQ(r.top_reasons[0][0], "waiting_list");  // 3 gaps against 1
  EXPECT_EQ(r.top_reasons[0][1], "cost");
  EXPECT_EQ(r.top_reasons[1][1], "");  // no gap there
  EXPECT_EQ(r.by_reason, (Tally{{"cost", 2}, {"waiting_list", 4}}));
  EXPECT_EQ(r.by_setting, (Tally{{"urban", 5}}));
  EXPECT_EQ(r.by_quarter, (Tally{{"2026-Q2", 5}}));
}

TEST(GapRegister, ATieOfReasonsGoesToTheFirstCode) {
  auto r = aggregate({group("food", "north", 2, "waiting_list"), group("food", "north", 2, "cost")}, {});
  EXPECT_EQ(r.top_reasons[0][0], "cost");
  EXPECT_EQ(r.counts[0][0], 4);
  EXPECT_TRUE(aggregate({}, {}).needs.empty());
}

TEST(GapRegister, OwnOrganizationSeesEveryCount) {
  auto json = register_json(aggregate({group("food", "north", 1)}, {}), false);
  ASSERT_TRUE(json);
  EXPECT_TRUE((*json)["suppressed_below"].is_null());
  EXPECT_EQ((*json)["cells"].as_array()[0].as_object().at("count").as_int64(), 1);
  EXPECT_EQ((*json)["total"].as_object().at("count").as_int64(), 1);
}

// Every line (a row of cells with its total, a column with its total, the row totals with the
// grand total, the column totals with the grand total) holds no hidden entry or at least two:
// with exactly one, the total minus the shown entries would give it back.
void expect_nothing_recoverable(const boost::json::object& json) {
  const auto& needs = json.at("needs").as_array();
  const auto& territories = json.at("territories").as_array();
  const auto& cells = json.at("cells").as_array();
  auto hidden = [](const boost::json::value& v) { return v.as_object().at("count").is_null(); };
  const bool total_hidden = hidden(json.at("total"));
  for (size_t i = 0; i < needs.size(); ++i) {
    int n = hidden(needs[i]);
    for (size_t j = 0; j < territories.size(); ++j) n += hidden(cells[i * territories.size() + j]);
    EXPECT_NE(n, 1) << "row " << i;
  }
  for (size_t j = 0; j < territories.size(); ++j) {
    int n = hidden(territories[j]);
    for (size_t i = 0; i < needs.size(); ++i) n += hidden(cells[i * territories.size() + j]);
    EXPECT_NE(n, 1) << "column " << j;
  }
  int rows = total_hidden, columns = total_hidden;
  for (const auto& r : needs) rows += hidden(r);
  for (const auto& c : territories) columns += hidden(c);
  EXPECT_NE(rows, 1);
  EXPECT_NE(columns, 1);
  // And every count under 5 (other than 0) is hidden.
  for (const auto& c : cells) {
    const auto& o = c.as_object();
    if (!o.at("count").is_null()) {
      auto v = o.at("count").as_int64();
      EXPECT_TRUE(v == 0 || v >= 5) << v;
      EXPECT_TRUE(o.at("hidden").is_null());
    } else {
      EXPECT_TRUE(o.at("top_reason").is_null());
    }
  }
}

TEST(GapRegister, ASingleSmallCellInARowGetsAComplementaryOne) {
  std::vector<GapGroup> groups;
  // food: north 2 (small), south 7, east 6; housing: north 9, south 8, east 5.
  auto add = [&](const char* need, const char* territory, int families) {
    groups.push_back(group(need, territory, families));
  };
  add("food", "north", 2);
  add("food", "south", 7);
  add("food", "east", 6);
  add("housing", "north", 9);
  add("housing", "south", 8);
  add("housing", "east", 5);
  auto json = register_json(aggregate(groups, {}), true);
  ASSERT_TRUE(json);
  EXPECT_EQ((*json)["suppressed_below"].as_int64(), 5);
  const auto& cells = (*json)["cells"].as_array();
  // territories by name: east, north, south. food/north is primary; the row total is shown, so a
  // second cell of the row is hidden, and the column's other cell too.
  EXPECT_EQ(cells[1].as_object().at("hidden").as_string(), "primary");
  int complementary = 0;
  for (const auto& c : cells)
    if (c.as_object().at("hidden") == "complementary") ++complementary;
  EXPECT_GE(complementary, 2);
  expect_nothing_recoverable(*json);
}

TEST(GapRegister, RandomRegistersLeaveNothingRecoverable) {
  std::mt19937 random(20261207);
  for (int round = 0; round < 200; ++round) {
    std::vector<GapGroup> groups;
    const int needs = 1 + static_cast<int>(random() % 5), territories = 1 + static_cast<int>(random() % 5);
    for (int i = 0; i < needs; ++i)
      for (int j = 0; j < territories; ++j) {
        const int families = static_cast<int>(random() % 9);  // 0..8: many under 5
        if (families > 0) groups.push_back(group("n" + std::to_string(i), "t" + std::to_string(j), families));
      }
    auto json = register_json(aggregate(groups, {}), true);
    ASSERT_TRUE(json);
    expect_nothing_recoverable(*json);
  }
}

}  // namespace
}  // namespace filet::gaps
