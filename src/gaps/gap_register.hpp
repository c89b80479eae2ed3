#pragma once
// The register of service gaps (issue 12, item 3), pure: needs × territories with, in each cell,
// the number of families whose need went unmet there — each family once per cell, and each gap
// recorded without a family as one more (the unit the register reports: "families or situations
// without a family") — and the reasons. The database groups the gaps and counts the units
// (GapGroup); this lays them out. Totals are the sums of the cells (a family with two needs
// counts in both rows), so that small-count suppression (common/small_counts, complementary
// included) leaves no hidden count recoverable by subtraction.
#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "common/error.hpp"

namespace filet::gaps {

// One group of gaps as the database returns it (gap_repository::register_groups): the gaps of
// one need, territory and reason, in the period (and quarter) asked. Its units are in the
// register's unit and add up exactly over groups: the families whose first gap of the cell (of
// the reason, of the setting) is in this group, plus each of the group's gaps without a family.
struct GapGroup {
  std::string need_id, need_name, territory_id, territory_name, setting, reason;
  int64_t gaps = 0;  // every gap of the group: the top reason of a cell counts gaps
  int64_t cell_units = 0, reason_units = 0, setting_units = 0;
};

struct Heading {
  std::string id, name, setting;  // setting: territories only
};

// A tally per code (reason, quarter, setting) in the register's unit, by code.
using Tally = std::vector<std::pair<std::string, int64_t>>;

struct Register {
  std::vector<Heading> needs;                         // rows, by name
  std::vector<Heading> territories;                   // columns, by name
  std::vector<std::vector<int64_t>> counts;           // needs × territories
  std::vector<std::vector<std::string>> top_reasons;  // the most frequent reason of each cell
  Tally by_reason, by_quarter, by_setting;            // over the whole register, by code
};

// The register of the groups (those of the quarter asked, if one was) with the tally by quarter
// (over every quarter of the period, as the database counts it).
Register aggregate(const std::vector<GapGroup>& groups, Tally by_quarter);

// The register's JSON; with `suppress`, counts under k are hidden (primary), and as many others
// as needed (complementary) so that none comes back from the totals shown. A hidden count is
// null with `hidden` saying why; a hidden cell's top reason is hidden with it.
Result<boost::json::object> register_json(const Register& r, bool suppress);

}  // namespace filet::gaps
