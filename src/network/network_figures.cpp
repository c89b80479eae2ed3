#include "network/network_figures.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <map>
#include <set>

namespace filet::network {

NetworkFigures network_figures(const std::vector<std::string>& organization_ids, const std::vector<Link>& links) {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  std::map<std::string, size_t> index;
  for (const auto& id : organization_ids) index.emplace(id, index.size());
  const size_t n = organization_ids.size();

  std::set<std::pair<size_t, size_t>> directed;
  for (const auto& l : links) {
    auto s = index.find(l.source), t = index.find(l.target);
    if (s == index.end() || t == index.end() || s->second == t->second) continue;
    directed.emplace(s->second, t->second);
    if (l.mutual) directed.emplace(t->second, s->second);
  }
  std::set<std::pair<size_t, size_t>> pairs;
  NetworkFigures f;
  for (const auto& [s, t] : directed) {
    auto pair = std::minmax(s, t);
    if (pairs.insert(pair).second && directed.contains({t, s})) ++f.reciprocal_pairs;
  }
  f.linked_pairs = static_cast<int64_t>(pairs.size());

  Graph g(n);
  std::vector<int64_t> partners(n, 0);
  for (const auto& [a, b] : pairs) {
    boost::add_edge(a, b, g);
    ++partners[a];
    ++partners[b];
  }
  std::vector<double> centrality(n, 0.0);
  if (n > 0)
    boost::brandes_betweenness_centrality(
        g, boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, g)));
  // Undirected: Boost counts each pair's paths once; normalise by the pairs of other vertices.
  const double other_pairs = n > 2 ? static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0 : 1.0;

  for (size_t i = 0; i < n; ++i) {
    f.organizations.push_back({organization_ids[i], partners[i], centrality[i] / other_pairs});
    if (partners[i] == 0) ++f.isolated;
  }
  std::vector<size_t> order;
  for (size_t i = 0; i < n; ++i)
    if (centrality[i] > 0) order.push_back(i);
  std::ranges::stable_sort(order, [&](size_t a, size_t b) { return centrality[a] > centrality[b]; });
  for (size_t i = 0; i < order.size() && i < 5; ++i) f.brokers.push_back(organization_ids[order[i]]);
  return f;
}

}  // namespace filet::network
