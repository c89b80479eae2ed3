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
  Counts counts;
  for (const auto& area : centroids) {
    const bool known = !TRY(c.query("SELECT 1 FROM postal_centroids WHERE fsa = ?", {area.fsa})).empty();
    TRY_VOID(
        c.execute("INSERT INTO postal_centroids (fsa, latitude, longitude) VALUES (?, ?, ?) "
                  "ON CONFLICT (fsa) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude",
                  {area.fsa, area.latitude, area.longitude}));
    ++(known ? counts.updated : counts.added);
  }
  return counts;
}

}  // namespace filet::directory::postal_area_repository
