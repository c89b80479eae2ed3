#pragma once
// The journal's summary for a request: its counts read in one snapshot through the request's
// scope, suppressed when they reach outside the organizations the reader sees identified.
#include "db/pool.hpp"
#include "reports/summary_repository.hpp"

namespace filet::reports {

// Whether a summary read through `scope` (of one organization, or of every one it reads) must
// hide its small counts: when it counts any organization the reader does not see identified.
bool must_suppress(const db::Scope& scope, const std::string& organization_id);

class SummaryService {
 public:
  explicit SummaryService(db::Pool& pool) : pool_(pool) {}
  // `from` after `to` is a bad_query naming `to`.
  Result<boost::json::object> summary(const db::Scope& scope, const summary_repository::Filter& filter);

 private:
  db::Pool& pool_;
};

}  // namespace filet::reports
