#include "directory/postal_centroids_csv.hpp"

#include <gtest/gtest.h>

namespace filet::directory {
namespace {

csv::File parse(std::string_view text) {
  auto file = csv::read_text("areas.csv", text);
  EXPECT_TRUE(file) << (file ? "" : file.error().detail);
  return file ? *file : csv::File{};
}

TEST(PostalCentroidsCsvTest, ReadsAreasWhateverTheColumnOrderAndHeaderSpelling) {
  auto rows =
      read_postal_centroids(parse("\xEF\xBB\xBFLongitude,RTA,Latitude\r\n-73.57,h2x,45.51\r\n-71.28,G1V,46.78\r\n"));
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->centroids.size(), 2u);
  EXPECT_TRUE(rows->rejected.empty());
  EXPECT_EQ(rows->centroids[0].fsa, "H2X");
  EXPECT_DOUBLE_EQ(rows->centroids[0].latitude, 45.51);
  EXPECT_DOUBLE_EQ(rows->centroids[0].longitude, -73.57);
}

TEST(PostalCentroidsCsvTest, AHeaderWithoutAColumnNamesEachMissingColumn) {
  auto rows = read_postal_centroids(parse("code,lat\nH2X,45.5\n"));
  ASSERT_FALSE(rows);
  ASSERT_EQ(rows.error().fields.size(), 2u);
  EXPECT_EQ(rows.error().fields[0].field, "fsa");
  EXPECT_EQ(rows.error().fields[1].field, "longitude");
}

TEST(PostalCentroidsCsvTest, EveryBadRowIsRejectedWithItsLineAndReason) {
  auto rows =
      read_postal_centroids(parse("fsa,latitude,longitude\n"
                                  "H2X,45.51,-73.57\n"    // 2: good
                                  "12345,45.5,-73.5\n"    // 3: not an area
                                  "H2X 1Y4,45.5,-73.5\n"  // 4: a full postal code, not an area
                                  "H2X,45.6,-73.6\n"      // 5: given twice
                                  "H3A,abc,-73.5\n"       // 6: not a number
                                  "H3B,45.5,73.5\n"       // 7: east of Canada (sign forgotten)
                                  "H3C,,-73.5\n"          // 8: missing
                                  "H3E,nan,-73.5\n"       // 9: not finite
                                  ",45.5,-73.5\n"));      // 10: no area
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->centroids.size(), 1u);
  ASSERT_EQ(rows->rejected.size(), 8u);
  const std::vector<std::pair<size_t, std::string>> expected = {{3, "postal_area_malformed"},
                                                                {4, "postal_area_malformed"},
                                                                {5, "duplicate"},
                                                                {6, "wrong_type"},
                                                                {7, "out_of_range"},
                                                                {8, "required"},
                                                                {9, "wrong_type"},
                                                                {10, "required"}};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(rows->rejected[i].line, expected[i].first) << i;
    EXPECT_EQ(rows->rejected[i].reason.code, expected[i].second) << i;
  }
  EXPECT_EQ(rows->rejected[4].reason.field, "longitude");
}

}  // namespace
}  // namespace filet::directory
