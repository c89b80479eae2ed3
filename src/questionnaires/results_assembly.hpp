#pragma once
// From the counts and sums SQL gives (results_repository) to a campaign's results: each item's
// and dimension's figures for everyone and per group. Pure: no database, no suppression (that is
// results_suppression's, applied after).
#include <string_view>

#include "common/error.hpp"
#include "questionnaires/campaign_results.hpp"
#include "questionnaires/results_repository.hpp"

namespace filet::questionnaires {

// The item results may be grouped by: a single-choice item of the version, or a respondent
// attribute (`attr:sector`, campaign_population). Anything else is a validation error naming
// `by`, with what would do.
Result<void> check_grouping(const Version& version, std::string_view by);

// `by`'s groups in a stable order: its options, "other" when it has one, then "" (unanswered) if
// any response left it out. Every option is a group, answered or not: a zero is a figure too.
// For an attribute: the values counted, alphabetically, then "" (not known) if any.
std::vector<std::string> group_values(const Version& version, std::string_view by,
                                      const results_repository::GroupedCounts& counts);

// The figures of one set of responses. An absent group or dimension counts zero.
Result<ResultSet> result_set(const Version& version, const results_repository::Counts& counts,
                             const results_repository::DimensionsBySection& dimensions);

// The codes of the version's items with options: those results count.
std::vector<std::string> counted_items(const Version& version);

// The responses that did not answer `by`: everyone's counts and sums minus the groups' (each
// response that answered it is in exactly one group). Zero counts and empty dimensions dropped.
results_repository::Counts unanswered(const results_repository::Counts& everyone,
                                      const results_repository::GroupedCounts& groups);
results_repository::DimensionsBySection unanswered(const results_repository::DimensionsBySection& everyone,
                                                   const results_repository::GroupedDimensions& groups);

}  // namespace filet::questionnaires
