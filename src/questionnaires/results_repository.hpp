#pragma once
// The SQL results are computed from: counts by GROUP BY, never every answer in memory. Each read
// may group the responses by their answer to one single-choice item of the campaign's version
// (`by`): then only the responses that answered it are counted, in the groups of their answers
// (results_assembly's `unanswered` gives the others by subtraction from the ungrouped read).
// Without `by` there is one group, "": everyone. Call after campaign_repository::find (the
// campaign is then in the reader's scope; results are aggregates).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "db/scope.hpp"
#include "questionnaires/campaign.hpp"
#include "questionnaires/dimension_results.hpp"
#include "questionnaires/questionnaire_results.hpp"

namespace filet::questionnaires::results_repository {

// One group's counts: its responses, and per item with options its answers by value and the
// responses that answered it.
struct Counts {
  int64_t responses = 0;
  std::map<std::string, std::vector<ValueCount>, std::less<>> values;
  std::map<std::string, int64_t, std::less<>> respondents;
};
using GroupedCounts = std::map<std::string, Counts, std::less<>>;  // by group (the `by` answer)

// `items`: the codes of the version's items with options (the others' answers are not counted).
Result<GroupedCounts> counts(db::ScopedConnection& c, const Campaign& campaign, const std::vector<std::string>& items,
                             std::string_view by = {});

// Per group and per dimension (a section with Likert items), the sums over the responses that
// answered every Likert item of it on the scale. Dimensions no response completed are absent.
using DimensionsBySection = std::map<std::string, DimensionSums, std::less<>>;
using GroupedDimensions = std::map<std::string, DimensionsBySection, std::less<>>;

Result<GroupedDimensions> dimension_sums(db::ScopedConnection& c, const Campaign& campaign, std::string_view by = {});

}  // namespace filet::questionnaires::results_repository
