#pragma once
// The journal's summary for coordinators and evaluators (issue 9, item 6): what seed 003's
// evaluators had to ask the outreach workers months later, counted from what they record.
// Pure: the counted rows in, the summary's JSON out, with small counts suppressed (the one
// mechanism, common/small_counts) when the summary reaches outside the reader's organization.
#include <array>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "common/error.hpp"

namespace filet::reports {

// Outreach entries of one strategy: how many, the people they reached, the efficacy ratings' sum.
struct StrategyRow {
  std::string strategy;
  int64_t entries = 0, parents_reached = 0, fathers_reached = 0, children_seen = 0, new_families = 0, efficacy_sum = 0;
};

// Networking entries of one category of organization reached.
struct CategoryRow {
  std::string category;
  int64_t entries = 0, efficacy_sum = 0;
};

// Families of one status, or with one vulnerability factor.
struct FamilyCount {
  std::string code;
  int64_t families = 0;
};

// The four outcome criteria of a significant accompaniment (seed 003), in the check-ins' order.
inline constexpr std::array<std::string_view, 4> kCriteria = {"trust_link", "confidence", "informed", "resource_use"};

// One check-in: its family, date and id (for the order), its four agreement ratings (1–4).
struct CheckInRow {
  std::string family_id, check_date, id;
  std::array<int64_t, 4> ratings{};
};

// Per criterion, over the families with at least two check-ins: the mean of their first and of
// their latest rating, and how many rose.
struct CriterionComparison {
  std::string_view criterion;
  int64_t families = 0, improved = 0;
  double first_mean = 0, latest_mean = 0;
};
std::vector<CriterionComparison> compare_check_ins(const std::vector<CheckInRow>& rows);

struct SummaryCounts {
  std::vector<StrategyRow> outreach;
  std::vector<CategoryRow> networking;
  std::vector<FamilyCount> families_by_status, families_by_factor;
  std::vector<CheckInRow> check_ins;
};

// The summary's JSON. With `suppress`, every count from 1 to k-1 and the complementary ones are
// null, and so is everything else of their row (sums and means would give them away).
Result<boost::json::object> summary_json(const SummaryCounts& counts, bool suppress);

}  // namespace filet::reports
