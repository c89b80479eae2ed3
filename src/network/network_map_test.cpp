// The map's data: links leave the map when an end is not on it; a small count is shown to the
// recording organization's own people only; an organization's activity is hidden whenever it
// sums a hidden count; the figures come along.
#include "network/network_map.hpp"

#include <gtest/gtest.h>

namespace filet::network {
namespace {

const std::vector<network_repository::MapOrganization> kOrganizations{
    {"a", "Alpha", "community_family"}, {"b", "Bêta", "community_newcomers"}, {"c", "Gamma", "library"}};

TEST(NetworkMap, SmallCountsAreShownOnlyToTheRecordingOrganization) {
  std::vector<Link> links{
      {"a", "b", "referrals", 3, 1}, {"b", "a", "referrals", 8, 4}, {"a", "zzz", "networking", 9, 0}};
  auto outside = map_json(kOrganizations, links, [](const std::string&) { return false; });
  const auto& l = outside.at("links").as_array();
  ASSERT_EQ(l.size(), 2u);  // the link to an organization off the map is left out
  EXPECT_TRUE(l[0].at("count").is_null());
  EXPECT_TRUE(l[0].at("completed_share").is_null());
  EXPECT_EQ(l[1].at("count").as_int64(), 8);
  EXPECT_DOUBLE_EQ(l[1].at("completed_share").as_double(), 0.5);
  // Alpha's and Bêta's activity (11) sums the hidden 3: hidden too.
  EXPECT_TRUE(outside.at("organizations").as_array()[0].at("activity").is_null());
  EXPECT_EQ(outside.at("organizations").as_array()[2].at("activity").as_int64(), 0);  // none is no secret
  EXPECT_EQ(outside.at("reciprocal_pairs").as_int64(), 1);
  EXPECT_EQ(outside.at("isolated").as_int64(), 1);

  auto own = map_json(kOrganizations, links, [](const std::string& id) { return id == "a"; });
  EXPECT_EQ(own.at("links").as_array()[0].at("count").as_int64(), 3);
  EXPECT_EQ(own.at("organizations").as_array()[0].at("activity").as_int64(), 11);
  // Bêta's 11 hides nothing from Alpha's people, who see both counts.
  EXPECT_EQ(own.at("organizations").as_array()[1].at("activity").as_int64(), 11);
}

TEST(NetworkMap, AgreementsAndKeyPartnersDrawLinksButAreNotActivity) {
  Link agreement{"a", "b", "agreements", 1, 0, true};
  std::vector<Link> links{agreement, {"c", "a", "key_partners", 2, 0}, {"b", "c", "networking", 6, 0}};
  auto outside = map_json(kOrganizations, links, [](const std::string&) { return false; });
  const auto& l = outside.at("links").as_array();
  ASSERT_EQ(l.size(), 3u);
  EXPECT_TRUE(l[0].at("count").is_null());  // an agreement's small count, outside both sides
  EXPECT_TRUE(l[1].at("count").is_null());
  const auto& nodes = outside.at("organizations").as_array();
  // Alpha has no activity (0), Bêta and Gamma only the networking contacts shown (6).
  EXPECT_EQ(nodes[0].at("activity").as_int64(), 0);
  EXPECT_EQ(nodes[1].at("activity").as_int64(), 6);
  EXPECT_EQ(nodes[2].at("activity").as_int64(), 6);
  EXPECT_EQ(outside.at("linked_pairs").as_int64(), 3);
  EXPECT_EQ(outside.at("isolated").as_int64(), 0);

  // The agreement's other side (b) reads it as its own.
  auto other_side = map_json(kOrganizations, links, [](const std::string& id) { return id == "b"; });
  EXPECT_EQ(other_side.at("links").as_array()[0].at("count").as_int64(), 1);
  EXPECT_TRUE(other_side.at("links").as_array()[1].at("count").is_null());  // c's choice is c's
}

TEST(NetworkMap, AnEmptyMapHasNoReciprocity) {
  auto m = map_json({}, {}, [](const std::string&) { return true; });
  EXPECT_TRUE(m.at("reciprocity").is_null());
  EXPECT_EQ(m.at("organizations").as_array().size(), 0u);
}

}  // namespace
}  // namespace filet::network
