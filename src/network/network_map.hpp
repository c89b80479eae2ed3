#pragma once
// The network map's data (issue 12, item 5), pure: the organizations as nodes with their figures
// and activity, the links among them, and the network's figures. A count under kShownFrom is
// shown only to those who read the recording organization identified (its own people); others
// see that the link exists, not how many referrals or entries make it.
#include <boost/json/object.hpp>
#include <functional>
#include <string>
#include <vector>

#include "network/network_figures.hpp"
#include "network/network_repository.hpp"

namespace filet::network {

inline constexpr int64_t kShownFrom = 5;

// `identified(organization_id)`: whether the reader reads that organization identified.
boost::json::object map_json(const std::vector<network_repository::MapOrganization>& organizations,
                             const std::vector<Link>& links, const std::function<bool(const std::string&)>& identified);

}  // namespace filet::network
