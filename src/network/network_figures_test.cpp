// The network's figures on small graphs counted by hand: a star's centre is the only broker
// (betweenness 1), a path's middle lies between its two ends, reciprocity counts pairs linked
// both ways once, isolated organizations and links to unknown organizations.
#include "network/network_figures.hpp"

#include <gtest/gtest.h>

namespace filet::network {
namespace {

Link link(std::string s, std::string t, std::string kind = "referrals") {
  return {std::move(s), std::move(t), std::move(kind), 1, 0};
}

TEST(NetworkFigures, TheCentreOfAStarIsTheOnlyBroker) {
  auto f = network_figures({"c", "a", "b", "d"}, {link("c", "a"), link("b", "c"), link("c", "d")});
  ASSERT_EQ(f.organizations.size(), 4u);
  EXPECT_EQ(f.organizations[0].partners, 3);
  EXPECT_DOUBLE_EQ(f.organizations[0].betweenness, 1.0);  // on the path of all 3 pairs of the others
  EXPECT_DOUBLE_EQ(f.organizations[1].betweenness, 0.0);
  EXPECT_EQ(f.brokers, std::vector<std::string>{"c"});
  EXPECT_EQ(f.linked_pairs, 3);
  EXPECT_EQ(f.isolated, 0);
}

TEST(NetworkFigures, APathsMiddleLiesBetweenItsEnds) {
  auto f = network_figures({"a", "b", "c", "alone"}, {link("a", "b"), link("b", "c"), link("c", "b", "networking")});
  // b lies on a–c's only shortest path: 1 of the 3 pairs of the other three organizations.
  EXPECT_NEAR(f.organizations[1].betweenness, 1.0 / 3.0, 1e-12);
  EXPECT_EQ(f.linked_pairs, 2);
  EXPECT_EQ(f.reciprocal_pairs, 1);  // b→c and c→b, whatever the kind
  EXPECT_EQ(f.isolated, 1);
  EXPECT_EQ(f.organizations[3].partners, 0);
}

TEST(NetworkFigures, LinksToUnknownOrganizationsOrToItselfAreIgnored) {
  auto f = network_figures({"a", "b"}, {link("a", "zzz"), link("a", "a"), link("a", "b"), link("a", "b")});
  EXPECT_EQ(f.linked_pairs, 1);
  EXPECT_EQ(f.organizations[0].partners, 1);
  EXPECT_TRUE(f.brokers.empty());
  EXPECT_EQ(network_figures({}, {}).organizations.size(), 0u);
}

TEST(NetworkFigures, AnAgreementLinksBothWays) {
  Link agreement = link("a", "b", "agreements");
  agreement.mutual = true;
  auto f = network_figures({"a", "b", "c"}, {agreement, link("b", "c", "key_partners")});
  EXPECT_EQ(f.linked_pairs, 2);
  EXPECT_EQ(f.reciprocal_pairs, 1);  // the agreement binds a and b both ways; b's choice of c does not
  EXPECT_EQ(f.organizations[1].partners, 2);
  EXPECT_EQ(f.brokers, std::vector<std::string>{"b"});
}

}  // namespace
}  // namespace filet::network
