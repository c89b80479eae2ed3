#pragma once
// What a campaign's results show outside its organization (common/small_counts, threshold k):
// no figure for fewer than k respondents, and complementary suppression so that a hidden figure
// cannot be recovered by subtraction — from everyone's figures minus the other groups' included.
//   - The groups' responses are one list with everyone as its total: a hidden group shows nothing.
//   - Each item's options by group form one table (groups × options, with everyone's counts as
//     the column totals): a hidden cell hides that option's count; a hidden group total hides the
//     group's item; a hidden column total hides everyone's count of that option.
//   - Each dimension's complete responses by group are one list: a hidden entry hides the
//     group's dimension mean and alpha.
// Means and SDs stay where their n is shown (n ≥ k), as in the seeds' annex tables.
// Pure: results in, the same results with the hidden figures removed out.
#include <cstdint>

#include "common/error.hpp"
#include "questionnaires/campaign_results.hpp"

namespace filet::questionnaires {

Result<void> hide_small_counts(CampaignResults& results, int64_t k);

}  // namespace filet::questionnaires
