// The journal's summary (issue 9, item 6): coordinators and evaluators read the aggregates of
// their programs' organizations, managers and practitioners those of their own; whoever may read
// the journal may read its summary, the scope decides of what (and suppresses small counts
// outside the organizations read identified).
#include "reports/summary_routes.hpp"

#include "api/responses.hpp"
#include "common/fields_schema.hpp"

namespace filet::reports {
namespace {

using auth::Permission;
using fields::Access;
using fields::Type;

constexpr int64_t kMany = 1'000'000'000'000;

fields::Field count(std::string_view name) {
  return {.name = name, .type = Type::integer, .low = 0, .high = kMany, .nullable = true, .access = Access::read_only};
}
fields::Field rating(std::string_view name) {
  return {.name = name, .type = Type::number, .nullable = true, .access = Access::read_only};
}
fields::Field code(std::string_view name) {
  return {.name = name, .type = Type::text, .access = Access::read_only};
}

const fields::Description kOutreachTotal{"JournalSummaryOutreach",
                                         {count("entries"), count("parents_reached"), count("fathers_reached"),
                                          count("children_seen"), count("new_families"), rating("mean_efficacy")}};
const fields::Description kOutreachRow{
    "JournalSummaryStrategy",
    {code("strategy"), count("entries"), count("parents_reached"), count("fathers_reached"), count("children_seen"),
     count("new_families"), rating("mean_efficacy")}};
const fields::Description kNetworkingTotal{"JournalSummaryNetworking", {count("entries"), rating("mean_efficacy")}};
const fields::Description kNetworkingRow{"JournalSummaryCategory",
                                         {code("category"), count("entries"), rating("mean_efficacy")}};
const fields::Description kFamilyCount{"JournalSummaryFamilies", {code("code"), count("families")}};
const fields::Description kCheckIn{
    "JournalSummaryCheckIn",
    {code("criterion"), count("families"), count("improved"), rating("first_mean"), rating("latest_mean")}};

fields::Field list_of(std::string_view name, const fields::Description& d) {
  return {.name = name, .type = Type::object_list, .access = Access::read_only, .nested = &d};
}
fields::Field object_of(std::string_view name, const fields::Description& d) {
  return {.name = name, .type = Type::object, .access = Access::read_only, .nested = &d};
}

const fields::Description kSummary{
    "JournalSummary",
    {{.name = "from", .type = Type::date, .nullable = true, .access = Access::read_only},
     {.name = "to", .type = Type::date, .nullable = true, .access = Access::read_only},
     {.name = "organization_id", .type = Type::id, .nullable = true, .access = Access::read_only},
     {.name = "suppressed_below",
      .type = Type::integer,
      .low = 1,
      .high = 100,
      .nullable = true,
      .access = Access::read_only},
     list_of("outreach", kOutreachRow),
     object_of("outreach_total", kOutreachTotal),
     list_of("networking", kNetworkingRow),
     object_of("networking_total", kNetworkingTotal),
     list_of("families_by_status", kFamilyCount),
     count("families_total"),
     list_of("families_by_factor", kFamilyCount),
     list_of("check_ins", kCheckIn)}};

const fields::Description kSummaryQuery{
    "JournalSummaryQuery",
    {{.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}},
     {.name = "from", .type = Type::date, .label = {"du", "from"}},
     {.name = "to", .type = Type::date, .label = {"au", "to"}}}};

}  // namespace

void add_summary_routes(api::Api& api, SummaryService& summaries) {
  for (const auto* d :
       {&kOutreachRow, &kOutreachTotal, &kNetworkingRow, &kNetworkingTotal, &kFamilyCount, &kCheckIn, &kSummary})
    api.add_schema(*d, fields::Purpose::record);
  api.add(api::Route{"GET", "/api/v1/journal/summary", Permission::read_journal,
                     [&summaries](api::Context& ctx) -> Result<http::Response> {
                       summary_repository::Filter filter{TRY(api::id_query_param(ctx.request, "organization_id")),
                                                         TRY(api::date_query_param(ctx.request, "from")),
                                                         TRY(api::date_query_param(ctx.request, "to"))};
                       return api::json_response(TRY(summaries.summary(ctx.scope, filter)));
                     },
                     "The journal's aggregates: outreach by strategy, networking by category, families by status "
                     "and vulnerability factor, check-ins first and latest (small counts suppressed outside the "
                     "organization)"}
              .with_schemas("", "JournalSummary")
              .with_query({&kSummaryQuery}));
}

}  // namespace filet::reports
