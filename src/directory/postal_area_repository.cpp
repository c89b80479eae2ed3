#include "directory/postal_area_repository.hpp"

namespace filet::directory::postal_area_repository {

Result<std::optional<std::pair<double, double>>> centroid(db::Connection& c, const std::string& fsa) {
  auto rows = TRY(c.query("SELECT latitude, longitude FROM postal_centroids WHERE fsa = ?", {fsa}));
  if (rows.empty()) return std::optional<std::pair<double, double>>{};
  return std::optional{std::pair{*rows.front().real(0), *rows.front().real(1)}};
}

Result<int64_t> count(db::Connection& c) {
  auto rows = TRY(c.query("SELECT COUNT(*) FROM postal_centroids"));
  return rows.front().integer(0);
}

Result<Counts> save(db::Connection& c, const std::vector<PostalCentroid>& centroids) {
  const int64_t before = TRY(count(c));
  for (const auto& area : centroids)
    TRY_VOID(
        c.execute("INSERT INTO postal_centroids (fsa, latitude, longitude) VALUES (?, ?, ?) "
                  "ON CONFLICT (fsa) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude",
                  {area.fsa, area.latitude, area.longitude}));
  // The areas are distinct (the CSV reader refuses repeats): the new ones are what the count gained.
  const auto added = static_cast<size_t>(TRY(count(c)) - before);
  return Counts{added, centroids.size() - added};
}

}  // namespace filet::directory::postal_area_repository
