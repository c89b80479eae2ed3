#pragma once
// What results are read from, kept as answers arrive (migration 0030): a response's answers added
// to its campaign's counts by value, for everyone and within the group of each single-choice
// answer it gave, and its totals on the dimensions it completed on the scale. Written in the
// transaction that stores the response, from the rows just stored, so that results_repository
// reads a few hundred rows whatever the number of responses.
#include <string>

#include "db/database.hpp"

namespace filet::questionnaires::response_aggregates_repository {

// After the response's answers are stored (campaign_repository::record_response).
Result<void> add_response(db::Connection& c, const std::string& campaign_id, const std::string& response_id);

}  // namespace filet::questionnaires::response_aggregates_repository
