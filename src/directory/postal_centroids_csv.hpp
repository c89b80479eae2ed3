#pragma once
// The postal-area centroids an admin loads so that "near H2X 1Y4" works across a whole region:
// a UTF-8 CSV with a header naming `fsa` (or `rta`), `latitude` and `longitude`, one forward
// sortation area per row. Pure: reads rows, checks each one, reports every rejected row.
#include <string>
#include <vector>

#include "common/error.hpp"
#include "directory/hsds_csv_io.hpp"

namespace filet::directory {

struct PostalCentroid {
  std::string fsa;  // "H2X"
  double latitude = 0;
  double longitude = 0;
};

struct RejectedCentroidRow {
  size_t line;  // in the file, the header being line 1
  FieldError reason;
};

struct PostalCentroidRows {
  std::vector<PostalCentroid> centroids;
  std::vector<RejectedCentroidRow> rejected;
};

// A header without one of the three columns is an error naming the missing column; rows with a
// malformed area, a coordinate that is not a number or lies outside Canada, or an area already
// given on an earlier row are rejected with their line.
Result<PostalCentroidRows> read_postal_centroids(const csv::File& file);

}  // namespace filet::directory
