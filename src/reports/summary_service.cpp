#include "reports/summary_service.hpp"

#include "families/dates.hpp"

namespace filet::reports {

bool must_suppress(const db::Scope& scope, const std::string& organization_id) {
  if (!organization_id.empty()) return scope.level(organization_id) != db::Access::identified;
  for (const auto& [id, access] : scope.readable())
    if (access != db::Access::none && access != db::Access::identified) return true;
  return false;
}

Result<boost::json::object> SummaryService::summary(const db::Scope& scope, const summary_repository::Filter& filter) {
  if (!filter.from.empty() && !filter.to.empty() && filter.to < filter.from)
    return fail(Error::field(ErrorCode::bad_query, "to", FieldCode::before_other, "from"));
  auto c = TRY(pool_.acquire());
  auto snapshot = TRY(db::Transaction::begin_read(*c));
  auto scoped = scope.on(*c);
  auto counts = TRY(summary_repository::counts(scoped, filter, families::today()));
  TRY_VOID(snapshot.commit());
  auto out = TRY(summary_json(counts, must_suppress(scope, filter.organization_id)));
  out["from"] = filter.from.empty() ? boost::json::value(nullptr) : boost::json::value(filter.from);
  out["to"] = filter.to.empty() ? boost::json::value(nullptr) : boost::json::value(filter.to);
  out["organization_id"] =
      filter.organization_id.empty() ? boost::json::value(nullptr) : boost::json::value(filter.organization_id);
  return out;
}

}  // namespace filet::reports
