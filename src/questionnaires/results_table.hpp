#pragma once
// A campaign's results as one table, for CSV and XLSX files and the command line: one row per
// item and per dimension (the XLSForm group), for everyone and then per group when grouped.
// Columns: item, dimension, group ("" for everyone), n, mean, sd, median, top_box, alpha
// (dimension rows), then pct_<option code> for every option code of the version, in order of
// first appearance. Hidden figures are empty cells; shares are fractions (0.25), at full precision.
#include <vector>

#include "export/table_writer.hpp"
#include "questionnaires/campaign_results.hpp"

namespace filet::questionnaires {

struct ResultsTable {
  std::vector<exports::Column> columns;
  std::vector<std::vector<exports::Cell>> rows;
};

ResultsTable results_table(const Version& version, const CampaignResults& results);

}  // namespace filet::questionnaires
