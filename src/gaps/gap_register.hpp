#pragma once
// The register of service gaps (issue 12, item 3), pure: needs × territories with, in each cell,
// the number of families whose need went unmet there — each family once per cell, and each gap
// recorded without a family as one more (the unit the register reports: "families or situations
// without a family") — and the reasons. Totals are the sums of the cells (a family with two needs
// counts in both rows), so that small-count suppression (common/small_counts, complementary
// included) leaves no hidden count recoverable by subtraction.
#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "common/error.hpp"

namespace filet::gaps {

// One gap as the register reads it.
struct GapFact {
  std::string gap_id, need_id, need_name, territory_id, territory_name, setting, gap_date, reason, family_id;
};

struct Heading {
  std::string id, name, setting;  // setting: territories only
};

// A tally per code (reason, quarter, setting) in the register's unit.
using Tally = std::vector<std::pair<std::string, int64_t>>;

struct Register {
  std::vector<Heading> needs;                         // rows, by name
  std::vector<Heading> territories;                   // columns, by name
  std::vector<std::vector<int64_t>> counts;           // needs × territories
  std::vector<std::vector<std::string>> top_reasons;  // the most frequent reason of each cell
  Tally by_reason, by_quarter, by_setting;            // over the whole register, by code
};

// `quarter` ("2026-Q3", "" = every quarter) keeps only that quarter's gaps in the table and the
// tallies by reason and setting; the tally by quarter is always over every fact given.
Register aggregate(const std::vector<GapFact>& facts, const std::string& quarter);

// The register's JSON; with `suppress`, counts under k are hidden (primary), and as many others
// as needed (complementary) so that none comes back from the totals shown. A hidden count is
// null with `hidden` saying why; a hidden cell's top reason is hidden with it.
Result<boost::json::object> register_json(const Register& r, bool suppress);

}  // namespace filet::gaps
