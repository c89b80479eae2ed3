#pragma once
// The SQL results are computed from: counts by value and dimension totals kept as each response
// came in (response_aggregates_repository, migration 0030), never every answer in memory. Each read
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

// The texts answered to `answer_code` (a text item's code, or a choice's "<code>/other"), in
// alphabetical order — never the order they came in, nor with the response they belong to — a
// page of them and how many there are.
struct OpenAnswerPage {
  int64_t total = 0;
  std::vector<std::string> texts;
};
Result<OpenAnswerPage> open_answers(db::ScopedConnection& c, const Campaign& campaign, std::string_view answer_code,
                                    int64_t limit, int64_t offset);

}  // namespace filet::questionnaires::results_repository
