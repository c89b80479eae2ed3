#include "gaps/gap_routes.hpp"

#include "api/resource.hpp"
#include "export/export_stream.hpp"
#include "gaps/gap_fields.hpp"

namespace filet::gaps {
namespace {

using auth::Permission;

Requester requester(const api::Context& ctx) {
  return {*ctx.principal, ctx.scope, ctx.actor()};
}

Result<gap_repository::Filters> filters_of(const http::Request& request) {
  gap_repository::Filters f;
  f.organization_id = TRY(api::id_query_param(request, "organization_id"));
  f.need_id = TRY(api::id_query_param(request, "need_id"));
  f.territory_id = TRY(api::id_query_param(request, "territory_id"));
  f.reason = TRY(api::choice_param(request, kGapFilters.field("reason")));
  f.referral_id = TRY(api::id_query_param(request, "referral_id"));
  f.from = TRY(api::date_query_param(request, "from"));
  f.to = TRY(api::date_query_param(request, "to"));
  return f;
}

Result<RegisterRequest> register_request(const http::Request& request) {
  RegisterRequest r;
  r.filter.language = TRY(api::choice_param(request, kGapExportQuery.field("lang")));
  if (r.filter.language.empty()) r.filter.language = "fr";
  r.filter.from = TRY(api::date_query_param(request, "from"));
  r.filter.to = TRY(api::date_query_param(request, "to"));
  r.filter.setting = TRY(api::choice_param(request, kGapRegisterQuery.field("setting")));
  r.quarter = TRY(api::search_text_param(request, "quarter"));
  return r;
}

}  // namespace

void add_gap_routes(api::Api& api, GapService& service) {
  // The organization's own gaps: its practitioners and managers (the policy then checks which).
  constexpr auto kKeep = Permission::record_families;
  // The register: whoever reads families, at the level the scope gives (aggregates outside the
  // organization, small counts hidden).
  constexpr auto kRead = Permission::read_families;
  for (const auto* d : {&kGapProposalFields, &kGapRegisterCount, &kGapRegisterNeed, &kGapRegisterTerritory,
                        &kGapRegisterCell, &kGapRegisterTally, &kGapRegister})
    api.add_schema(*d, fields::Purpose::record);
  // Before the resource, so that /proposal and /register are not taken for ids.
  api.add(api::Route{"GET", "/api/v1/service-gaps/proposal", kKeep,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto referral_id = TRY(api::id_query_param(ctx.request, "referral_id"));
                       if (referral_id.empty())
                         return fail(Error::field(ErrorCode::bad_query, "referral_id", FieldCode::required));
                       return api::json_response(TRY(service.proposal(requester(ctx), referral_id)));
                     },
                     "The service gap a declined referral, or one closed without service, proposes (nothing is "
                     "recorded)"}
              .with_schemas("", "ServiceGapProposal")
              .with_query({&kGapProposalQuery}));
  api.add(api::Route{"GET", "/api/v1/service-gaps/register", kRead,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto request = TRY(register_request(ctx.request));
                       return api::json_response(TRY(service.register_of(ctx.scope, request)));
                     },
                     "The register of service gaps: needs × territories, families (or situations without a family) "
                     "and reasons, by quarter and setting (small counts suppressed outside the organization)"}
              .with_schemas("", "ServiceGapRegister")
              .with_query({&kGapRegisterQuery, &kGapExportQuery}));
  api.add(api::Route{"GET", "/api/v1/service-gaps/register/export", kRead,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto format = TRY(api::choice_param(ctx.request, kGapExportQuery.field("format")));
                       auto request = TRY(register_request(ctx.request));
                       auto language = request.filter.language == "en" ? exports::Language::en : exports::Language::fr;
                       auto writer =
                           TRY(exports::open_writer(format == "xlsx" ? exports::Format::xlsx : exports::Format::csv,
                                                    language, register_columns(language), "Trous de services"));
                       // The register is small (needs × territories): written whole before the first chunk.
                       TRY_VOID(service.write_register(ctx.scope, request, *writer, language));
                       auto stream = std::make_shared<exports::ExportStream>(
                           std::move(writer), [](exports::TableWriter&) -> Result<bool> { return false; });
                       http::Response response;
                       response.content_type = std::string(stream->writer().content_type());
                       response.set_header("Content-Disposition", "attachment; filename=\"trous-de-services." +
                                                                      std::string(stream->writer().extension()) + "\"");
                       response.stream = [stream](std::string& chunk) { return stream->next(chunk); };
                       return response;
                     },
                     "Download the register of service gaps as CSV or XLSX (the same suppression as the register)"}
              .with_query({&kGapRegisterQuery, &kGapExportQuery}));
  api::add_resource<Gap, GapChanges>(
      api,
      {.path = "/api/v1/service-gaps",
       .sorts = gap_repository::kSorts,
       .fields = kGapFields,
       .filters = &kGapFilters,
       .list = {kKeep, "List the organization's service gaps, newest first"},
       .get = {kKeep, "Read a service gap"},
       .create = {kKeep, "Record a service gap (trou de services)"},
       .update = {kKeep, "Change a service gap"},
       .list_records = [&service](api::Context& ctx, const db::ListQuery& query) -> Result<db::Page<Gap>> {
         return service.list(requester(ctx), TRY(filters_of(ctx.request)), query);
       },
       .get_record = [&service](api::Context& ctx, const std::string& id) { return service.get(requester(ctx), id); },
       .decode = decode_gap,
       .create_record = [&service](api::Context& ctx,
                                   const GapChanges& changes) { return service.create(requester(ctx), changes); },
       .update_record = [&service](api::Context& ctx, const std::string& id,
                                   const GapChanges& changes) { return service.update(requester(ctx), id, changes); }});
  api.add(api::Route{"DELETE", "/api/v1/service-gaps/{id}", kKeep,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       TRY_VOID(service.remove(requester(ctx), TRY(api::id_param(ctx))));
                       return api::no_content();
                     },
                     "Delete a service gap"});
}

}  // namespace filet::gaps
