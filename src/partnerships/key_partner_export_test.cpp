// The summary as export rows: labels in the file's language, hidden counts written as the page
// shows them, the criteria after the categories.
#include "partnerships/key_partner_export.hpp"

#include <gtest/gtest.h>

#include "partnerships/key_partner_summary.hpp"

namespace filet::partnerships {
namespace {

TEST(KeyPartnerExport, RowsPerCategoryTotalAndCriterionWithHiddenCountsShownAsOnThePage) {
  std::vector<key_partner_repository::CategoryCounts> counts{{"community_organization", "manager", 7, 5, 7, 2},
                                                             {"community_organization", "practitioner", 12, 10, 9, 3},
                                                             {"school", "practitioner", 2, 2, 0, 0}};
  auto summary = summary_json(counts, true);
  ASSERT_TRUE(summary);
  auto rows = summary_rows(*summary, {{"school", "École"}}, exports::Language::fr);
  ASSERT_EQ(rows.size(), 2u + 1u + 3u);
  EXPECT_EQ(std::get<std::string>(rows[0][1]), "community_organization") << "no label: the code";
  EXPECT_EQ(std::get<std::string>(rows[0][2]), "—") << "12 would give the school's 2 away";
  EXPECT_EQ(std::get<int64_t>(rows[0][3]), 7);
  EXPECT_EQ(std::get<std::string>(rows[1][1]), "École");
  EXPECT_EQ(std::get<std::string>(rows[1][2]), "< 5");
  EXPECT_EQ(std::get<std::string>(rows[2][1]), "Total");
  EXPECT_EQ(std::get<std::string>(rows[3][0]), "Critères");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(rows[3][2]));
  auto english = summary_rows(*summary, {}, exports::Language::en);
  EXPECT_EQ(std::get<std::string>(english[3][1]), "Makes a real link between the families and its resources");
  EXPECT_EQ(summary_columns(exports::Language::en).size(), rows[0].size());
}

}  // namespace
}  // namespace filet::partnerships
