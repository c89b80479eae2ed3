#include "directory/postal_area_service.hpp"

#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"

namespace filet::directory {
namespace {

using PostalAreaServiceTest = testing::EngineTest;
const audit::Actor kActor{"", "test", "req-1"};

TEST_P(PostalAreaServiceTest, LoadsAreasThenFindsANearbyPostalCode) {
  PostalAreaService areas(pool());
  const int64_t before = *areas.known_areas();  // a new database knows the demo's areas
  auto report = areas.load_csv(kActor, "fsa,latitude,longitude\nH2X,45.51,-73.57\nG1V,46.78,-71.28\n", "a.csv");
  ASSERT_TRUE(report) << report.error().detail;
  EXPECT_TRUE(report->applied);
  EXPECT_EQ(report->added, 2u);
  EXPECT_EQ(report->known_areas, before + 2);

  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto centroid = postal_area_centroid(**c, "h2x 1y4");
  ASSERT_TRUE(centroid);
  EXPECT_DOUBLE_EQ(centroid->first, 45.51);

  // A second load moves a known area and adds a new one.
  auto again = areas.load_csv(kActor, "fsa,latitude,longitude\nH2X,45.52,-73.58\nJ4K,45.53,-73.51\n", "b.csv");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->added, 1u);
  EXPECT_EQ(again->updated, 1u);
  EXPECT_EQ(again->known_areas, before + 3);
  EXPECT_DOUBLE_EQ(postal_area_centroid(**c, "H2X")->first, 45.52);
}

TEST_P(PostalAreaServiceTest, TellsAMalformedCodeFromAnUnknownArea) {
  PostalAreaService areas(pool());
  ASSERT_TRUE(areas.load_csv(kActor, "fsa,latitude,longitude\nH2X,45.51,-73.57\n", "a.csv"));
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto malformed = postal_area_centroid(**c, "12345");
  ASSERT_FALSE(malformed);
  EXPECT_EQ(malformed.error().fields.front().field, "near");
  EXPECT_EQ(malformed.error().fields.front().code, "postal_code_malformed");
  auto unknown = postal_area_centroid(**c, "V5K 0A1");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().fields.front().code, "postal_area_unknown");
  EXPECT_EQ(unknown.error().fields.front().param, "V5K");
}

TEST_P(PostalAreaServiceTest, AFileWithOneBadRowChangesNothing) {
  PostalAreaService areas(pool());
  const int64_t before = *areas.known_areas();
  auto report = areas.load_csv(kActor, "fsa,latitude,longitude\nH2X,45.51,-73.57\nH3A,91,-73.5\n", "a.csv");
  ASSERT_TRUE(report);
  EXPECT_FALSE(report->applied);
  ASSERT_EQ(report->rejected.size(), 1u);
  EXPECT_EQ(report->rejected.front().line, 3u);
  EXPECT_EQ(report->known_areas, before);
  EXPECT_FALSE(areas.load_csv(kActor, "fsa,latitude,longitude\n", "empty.csv"));
  EXPECT_FALSE(areas.load_csv(kActor, "fsa,latitude\n\"H2X,45\n", "broken.csv"));
  EXPECT_FALSE(areas.load_csv(kActor, "fsa,latitude,longitude\n\xff\xfe,1,2\n", "binary.csv"));
  EXPECT_EQ(*areas.known_areas(), before);
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  EXPECT_FALSE(postal_area_centroid(**c, "H2X"));
}

FILET_ON_BOTH_ENGINES(PostalAreaServiceTest);

}  // namespace
}  // namespace filet::directory
