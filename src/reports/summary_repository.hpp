#pragma once
// The summary's SQL: counts grouped by code, on both engines, through the scoped handle.
// Journal entries are counted wherever the scope reads the organization at least as aggregates;
// families and their check-ins as the evaluation view reads them (de-identified, and outside the
// organizations read identified only the families consenting to evaluation data `today`).
#include <string>

#include "db/scope.hpp"
#include "reports/summary.hpp"

namespace filet::reports::summary_repository {

// The period (YYYY-MM-DD, either may be empty) and one organization (or every one the scope reads).
struct Filter {
  std::string organization_id, from, to;
};

Result<SummaryCounts> counts(db::ScopedConnection& c, const Filter& filter, const std::string& today);

}  // namespace filet::reports::summary_repository
