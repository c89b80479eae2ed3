// Tables 2 and 3 from hand-counted rows: an organization in two territories counts in both lines
// and once in the total and its sector; practitioners named without an organization count as
// practitioners only.
#include "groups/participation.hpp"

#include <gtest/gtest.h>

namespace filet::groups {
namespace {

TEST(Participation, CountsOrganizationsOncePerLineAndPractitionersAll) {
  auto t = participation_tables({{"t-mn", "Montréal-Nord", "o1", "community_family", 3},
                                 {"t-mn", "Montréal-Nord", "o2", "childcare", 1},
                                 {"t-sl", "Saint-Léonard", "o1", "community_family", 2},
                                 {"t-sl", "Saint-Léonard", "o3", "community_family", 1},
                                 {"t-sl", "Saint-Léonard", "", "", 2}});
  ASSERT_EQ(t.territories.size(), 2u);
  EXPECT_EQ(t.territories[0].territory_name, "Montréal-Nord");
  EXPECT_EQ(t.territories[0].organizations, 2);
  EXPECT_EQ(t.territories[0].practitioners, 4);
  EXPECT_EQ(t.territories[1].organizations, 2);
  EXPECT_EQ(t.territories[1].practitioners, 5);
  EXPECT_EQ(t.organizations, 3);
  EXPECT_EQ(t.practitioners, 9);
  ASSERT_EQ(t.sectors.size(), 2u);
  EXPECT_EQ(t.sectors[0].sector, "community_family");
  EXPECT_EQ(t.sectors[0].organizations, 2);
  EXPECT_EQ(t.sectors[1].organizations, 1);
}

TEST(Participation, NothingToCount) {
  auto t = participation_tables({});
  EXPECT_TRUE(t.territories.empty());
  EXPECT_EQ(t.organizations, 0);
}

}  // namespace
}  // namespace filet::groups
