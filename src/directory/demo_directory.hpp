#pragma once
// The demo directory: the service templates of demo_directory_data.cpp attached to the demo
// organizations, with their locations, needs, hours, languages, waiting lists and verification.
#include <map>
#include <string>

#include "db/database.hpp"

namespace filet::directory {
// `organization_ids` maps the keys of the demo network to the ids just created.
Result<size_t> load_demo_directory(db::Connection& c, const std::map<std::string, std::string>& organization_ids);
// Postal-area centroids (reference data used to sort by distance), installed on first start.
Result<void> install_postal_centroids(db::Connection& c);
}  // namespace filet::directory
