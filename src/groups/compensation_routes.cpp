#include "groups/compensation_routes.hpp"

#include "api/attachment.hpp"
#include "api/resource.hpp"
#include "groups/compensation_export.hpp"
#include "groups/compensation_fields.hpp"
#include "groups/compensation_repository.hpp"
#include "groups/group_fields.hpp"
#include "groups/group_routes.hpp"
#include "groups/participation.hpp"

namespace filet::groups {
namespace {

Result<CompensationTotals> totals_of(CompensationService& compensation, api::Context& ctx) {
  return compensation.totals(requester(ctx), TRY(api::id_query_param(ctx.request, "program_id")));
}

}  // namespace

void add_compensation_routes(api::Api& api, CompensationService& compensation) {
  constexpr auto kWork = auth::Permission::work_groups;
  api::add_resource<Compensation, CompensationChanges>(
      api,
      {.path = "/api/v1/group-compensations",
       .sorts = compensation_repository::kCompensationSorts,
       .fields = kCompensationFields,
       .filters = &kGroupChildFilters,
       .list = {kWork, "List what the groups the reader plans pay (coordinators, managers)"},
       .get = {kWork, "Read a compensation"},
       .create = {kWork, "Record a compensation paid or to pay, to an organization or a participant"},
       .update = {kWork, "Change a compensation (e.g. the date it was paid)"},
       .list_records = [&compensation](api::Context& ctx, const db::ListQuery& q) -> Result<db::Page<Compensation>> {
         return compensation.list(requester(ctx), TRY(api::id_query_param(ctx.request, "group_id")), q);
       },
       .get_record = [&compensation](api::Context& ctx,
                                     const std::string& id) { return compensation.get(requester(ctx), id); },
       .decode = decode_compensation,
       .create_record = [&compensation](
                            api::Context& ctx,
                            const CompensationChanges& c) { return compensation.create(requester(ctx), c); },
       .update_record = [&compensation](
                            api::Context& ctx, const std::string& id,
                            const CompensationChanges& c) { return compensation.update(requester(ctx), id, c); }});

  api.add_schema(kCompensationTotalsFields, fields::Purpose::record);
  api.add(api::Route{"GET", "/api/v1/group-reports/compensation", kWork,
                     [&compensation](api::Context& ctx) -> Result<http::Response> {
                       return api::json_response(to_json(TRY(totals_of(compensation, ctx))));
                     },
                     "Compensation paid and to pay per organization and per program, of the groups the reader "
                     "plans"}
              .with_schemas("", "GroupCompensationTotals")
              .with_query({&kCompensationTotalsQueryFields}));
  api.add(api::Route{"GET", "/api/v1/group-reports/compensation/export", kWork,
                     [&compensation](api::Context& ctx) -> Result<http::Response> {
                       auto format = TRY(api::choice_param(ctx.request, kParticipationExportFields.field("format")));
                       auto lang = TRY(api::choice_param(ctx.request, kParticipationExportFields.field("lang")));
                       std::shared_ptr<exports::ExportStream> stream =
                           TRY(compensation_export(TRY(totals_of(compensation, ctx)),
                                                   format == "xlsx" ? exports::Format::xlsx : exports::Format::csv,
                                                   lang == "en" ? exports::Language::en : exports::Language::fr));
                       return api::attachment(std::move(stream), "filet-dedommagements");
                     },
                     "Compensation totals as CSV or XLSX"}
              .with_query({&kCompensationTotalsQueryFields, &kParticipationExportFields}));
}

}  // namespace filet::groups
