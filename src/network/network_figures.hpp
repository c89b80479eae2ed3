#pragma once
// The network's figures (issue 12, item 5), pure: from the organizations and the directed links
// between them, each organization's links (distinct partners, either direction) and its
// betweenness — how often it lies on the shortest paths between two others, the brokers of the
// network — computed by Boost.Graph (Brandes' algorithm, on the undirected graph), the share of
// linked pairs that are reciprocal, and the organizations with no link at all.
#include <cstdint>
#include <string>
#include <vector>

namespace filet::network {

struct Link {
  std::string source, target;  // organization ids; source ≠ target
  std::string kind;            // referrals, networking, key_partners, agreements
  int64_t count = 0;           // referrals sent, entries recorded, partners chosen, agreements
  int64_t completed = 0;       // referrals: completed ones
  bool mutual = false;         // binds both sides (an agreement): a link both ways
};

struct OrganizationFigures {
  std::string id;
  int64_t partners = 0;      // distinct organizations linked, either direction
  double betweenness = 0.0;  // normalised to [0, 1]: over the pairs of other organizations
};

struct NetworkFigures {
  std::vector<OrganizationFigures> organizations;  // in the order given
  int64_t linked_pairs = 0;                        // unordered pairs with at least one link
  int64_t reciprocal_pairs = 0;                    // of which linked both ways
  int64_t isolated = 0;                            // organizations with no link
  std::vector<std::string> brokers;                // the highest betweenness first, at most 5, all > 0
};

// Links naming an organization not in `organization_ids` are ignored; a mutual link counts both ways.
NetworkFigures network_figures(const std::vector<std::string>& organization_ids, const std::vector<Link>& links);

}  // namespace filet::network
