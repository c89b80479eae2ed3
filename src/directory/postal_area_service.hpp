#pragma once
// Postal areas: where "near H2X 1Y4" is on the map, and the admin's loads of area centroids so
// that a deployment covers its whole region. A load is all or nothing: a file with one rejected
// row changes nothing, and the report lists every rejected row with its reason.
#include <boost/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "audit/audit_log.hpp"
#include "db/pool.hpp"
#include "directory/postal_centroids_csv.hpp"

namespace filet::directory {

struct PostalAreaLoadReport {
  bool applied = false;  // false when any row was rejected: nothing changed
  size_t rows = 0;
  size_t added = 0;
  size_t updated = 0;
  int64_t known_areas = 0;  // areas Filet knows after the load
  std::vector<RejectedCentroidRow> rejected;
  boost::json::object to_json() const;
};

// The centroid of the postal code's area; errors on field `field`: postal_code_malformed for
// text that is no Canadian postal code, postal_area_unknown for an area Filet has no centroid of.
Result<std::pair<double, double>> postal_area_centroid(db::Connection& c, std::string_view postal_code,
                                                       const std::string& field = "near");

class PostalAreaService {
 public:
  explicit PostalAreaService(db::Pool& pool) : pool_(pool) {}
  Result<int64_t> known_areas();
  // `csv_text` is the file's content; `file_name` names it in errors.
  Result<PostalAreaLoadReport> load_csv(const audit::Actor& actor, std::string_view csv_text, std::string file_name);

 private:
  db::Pool& pool_;
};

}  // namespace filet::directory
