#include "network/network_map.hpp"

#include <boost/json/array.hpp>
#include <map>
#include <set>

namespace filet::network {
namespace {

boost::json::value shown(int64_t count, bool identified) {
  if (identified || count >= kShownFrom) return count;
  return nullptr;
}

// An organization's activity is the work its links record: referrals and networking contacts.
// Key-partner choices and agreements draw links but are not activity.
bool is_activity(const Link& l) {
  return l.kind == "referrals" || l.kind == "networking";
}

}  // namespace

boost::json::object map_json(const std::vector<network_repository::MapOrganization>& organizations,
                             const std::vector<Link>& links,
                             const std::function<bool(const std::string&)>& identified) {
  std::vector<std::string> ids;
  std::set<std::string> on_map;
  for (const auto& o : organizations) {
    ids.push_back(o.id);
    on_map.insert(o.id);
  }
  std::vector<Link> kept;
  std::map<std::string, int64_t> activity;
  std::map<std::string, bool> any_hidden;  // a node's activity sums counts its reader may not see
  boost::json::array link_json;
  for (const auto& l : links) {
    if (!on_map.contains(l.source) || !on_map.contains(l.target) || l.source == l.target) continue;
    kept.push_back(l);
    // Either side of an agreement reads it as its own; other links belong to who recorded them.
    const bool own = identified(l.source) || (l.mutual && identified(l.target));
    auto count = shown(l.count, own);
    if (is_activity(l)) {
      activity[l.source] += l.count;
      activity[l.target] += l.count;
      if (count.is_null()) any_hidden[l.source] = any_hidden[l.target] = true;
    }
    boost::json::object j{{"source", l.source}, {"target", l.target}, {"kind", l.kind}, {"count", count}};
    j["completed_share"] = l.kind == "referrals" && !count.is_null() && l.count > 0
                               ? boost::json::value(static_cast<double>(l.completed) / static_cast<double>(l.count))
                               : boost::json::value(nullptr);
    link_json.push_back(std::move(j));
  }
  const auto figures = network_figures(ids, kept);
  boost::json::array nodes;
  for (size_t i = 0; i < organizations.size(); ++i) {
    const auto& o = organizations[i];
    const int64_t total = activity[o.id];
    // The sum is shown when the reader sees the organization identified, when it is nothing, or
    // when it is large and made only of shown counts (else a difference of two sums would give a
    // hidden count away).
    const bool show = identified(o.id) || total == 0 || (total >= kShownFrom && !any_hidden[o.id]);
    nodes.push_back(boost::json::object{{"id", o.id},
                                        {"name", o.name},
                                        {"sector", o.sector},
                                        {"partners", figures.organizations[i].partners},
                                        {"betweenness", figures.organizations[i].betweenness},
                                        {"activity", show ? boost::json::value(total) : boost::json::value(nullptr)}});
  }
  boost::json::array brokers;
  for (const auto& b : figures.brokers) brokers.emplace_back(b);
  return {{"organizations", std::move(nodes)},
          {"links", std::move(link_json)},
          {"linked_pairs", figures.linked_pairs},
          {"reciprocal_pairs", figures.reciprocal_pairs},
          {"reciprocity", figures.linked_pairs > 0 ? boost::json::value(static_cast<double>(figures.reciprocal_pairs) /
                                                                        static_cast<double>(figures.linked_pairs))
                                                   : boost::json::value(nullptr)},
          {"isolated", figures.isolated},
          {"brokers", std::move(brokers)}};
}

}  // namespace filet::network
