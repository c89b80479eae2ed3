#pragma once
// The SQL of postal areas (table postal_centroids): the centroid of a forward sortation area,
// and the admin's loads of centroids.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "db/database.hpp"
#include "directory/postal_centroids_csv.hpp"

namespace filet::directory::postal_area_repository {

struct Counts {
  size_t added = 0;
  size_t updated = 0;
};

// Latitude and longitude of the area ("H2X"), or nothing when Filet does not know it.
Result<std::optional<std::pair<double, double>>> centroid(db::Connection& c, const std::string& fsa);
Result<int64_t> count(db::Connection& c);
// Adds the new areas and moves the known ones to their new centroid.
Result<Counts> save(db::Connection& c, const std::vector<PostalCentroid>& centroids);

}  // namespace filet::directory::postal_area_repository
