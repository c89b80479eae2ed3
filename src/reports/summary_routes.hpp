#pragma once
#include "api/api.hpp"
#include "reports/summary_service.hpp"

namespace filet::reports {

// GET /api/v1/journal/summary?from&to&organization_id: the journal's aggregates.
void add_summary_routes(api::Api& api, SummaryService& summaries);

}  // namespace filet::reports
