#pragma once
#include "api/api.hpp"
#include "directory/postal_area_service.hpp"

namespace filet::directory {
// GET and POST /api/v1/directory/postal-areas: how many areas Filet knows, and an admin's load
// of area centroids from a CSV file sent as {"file_name": "...", "csv": "..."}.
void add_postal_area_routes(api::Api& api, PostalAreaService& service);
}  // namespace filet::directory
