#pragma once
// The HSDS 3.1 CSV tabular package (one CSV file per table, as in the official datapackage.json)
// to and from the HSDS JSON services that hsds_import reads and hsds_encode writes. Filet's
// bilingual extension travels in two extra tables, x_filet_services.csv and
// x_filet_translations.csv, so that a CSV export imports again without loss.
#include <boost/json.hpp>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "directory/hsds_import.hpp"

namespace filet::directory {

struct CsvPackage {
  boost::json::array services;               // HSDS service objects, everything embedded
  std::vector<std::string> service_sources;  // "services.csv:12", one per service
  // Rows that could not be placed: their parent is missing, or a cell has the wrong type.
  std::vector<RejectedRecord> rejected;
};

// Reads services.csv (required) and the other tables present in `folder`. A malformed file is an
// error naming the file and the line; nothing is then returned.
Result<CsvPackage> read_csv_package(const std::string& folder);

// Writes every table (header included, even when empty), the x_filet tables and datapackage.json
// into `folder`, 500 services at a time. Returns the number of services written.
Result<size_t> write_csv_package(db::Connection& c, const std::string& folder, const std::string& lang);

}  // namespace filet::directory
