#pragma once
// A campaign's results as the service assembles them: per item, per dimension, for everyone and,
// when asked, per group of respondents (their answer to one single-choice item). Plain values;
// how they are computed is in questionnaire_results and dimension_results, how they are hidden
// outside the organization in results_suppression.
#include <optional>
#include <string>
#include <vector>

#include "questionnaires/campaign.hpp"
#include "questionnaires/dimension_results.hpp"
#include "questionnaires/questionnaire.hpp"
#include "questionnaires/questionnaire_results.hpp"

namespace filet::questionnaires {

struct ItemResult {
  std::string code;
  ItemKind kind = ItemKind::short_text;
  std::optional<LikertResult> likert;
  std::optional<ChoiceResult> choice;
};

// The figures of one set of responses: everyone, or one group.
struct ResultSet {
  std::optional<int64_t> responses;         // none: hidden (fewer than k, outside the organization)
  std::vector<ItemResult> items;            // Likert and choice items, in the version's order
  std::vector<DimensionResult> dimensions;  // sections with Likert items, in the version's order
};

struct GroupResult {
  std::string value;  // the answer to `by` (an option code); "" for responses that left it unanswered
  ResultSet results;
};

struct CampaignResults {
  Campaign campaign;
  Version version;          // the version the answers used (its items name the results' rows)
  bool suppressed = false;  // small counts hidden (results read outside the organization)
  ResultSet everyone;
  std::string by;                   // the single-choice item the groups answer; "" for none
  std::vector<GroupResult> groups;  // one per option of `by` answered, then "" if any left it out
};

}  // namespace filet::questionnaires
