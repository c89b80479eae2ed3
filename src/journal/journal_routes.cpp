#include "journal/journal_routes.hpp"

#include "api/resource.hpp"
#include "journal/journal_export.hpp"
#include "journal/networking_repository.hpp"
#include "journal/outreach_repository.hpp"

namespace filet::journal {
namespace {

using auth::Permission;
using fields::Type;

constexpr std::string_view kFormats[] = {"csv", "xlsx"};
constexpr std::string_view kLanguages[] = {"fr", "en"};
const fields::Description kJournalExportFields{"JournalExport",
                                               {{.name = "format", .type = Type::choice, .choices = kFormats},
                                                {.name = "lang", .type = Type::choice, .choices = kLanguages}}};

Result<void> read_base(const http::Request& request, EntryFilter& filter) {
  filter.from = TRY(api::date_query_param(request, "from"));
  filter.to = TRY(api::date_query_param(request, "to"));
  filter.organization_id = TRY(api::id_query_param(request, "organization_id"));
  filter.worker_id = TRY(api::id_query_param(request, "worker_id"));
  return {};
}

Result<OutreachFilter> outreach_filter(const http::Request& request) {
  OutreachFilter filter;
  TRY_VOID(read_base(request, filter));
  filter.strategy = TRY(api::search_text_param(request, "strategy"));
  filter.territory_id = TRY(api::id_query_param(request, "territory_id"));
  return filter;
}

Result<NetworkingFilter> networking_filter(const http::Request& request) {
  NetworkingFilter filter;
  TRY_VOID(read_base(request, filter));
  filter.category = TRY(api::search_text_param(request, "category"));
  filter.activity = TRY(api::search_text_param(request, "activity"));
  return filter;
}

// GET path?format=csv|xlsx&lang=fr|en and the list's filters: the file, streamed.
template <class ReadFilter, class Columns, class Rows>
api::Route export_route(std::string path, std::string summary, const fields::Description& filters, db::Pool& pool,
                        std::string file_name, ReadFilter read_filter, Columns columns, Rows rows) {
  return api::Route{
      "GET", std::move(path), Permission::export_journal,
      [&pool, file_name, read_filter, columns, rows](api::Context& ctx) -> Result<http::Response> {
        std::string format = TRY(api::choice_param(ctx.request, kJournalExportFields.field("format")));
        std::string lang = TRY(api::choice_param(ctx.request, kJournalExportFields.field("lang")));
        auto filter = TRY(read_filter(ctx.request));
        auto language = lang == "en" ? exports::Language::en : exports::Language::fr;
        auto writer = TRY(exports::open_writer(format == "xlsx" ? exports::Format::xlsx : exports::Format::csv,
                                               language, columns(language), "Journal"));
        auto scope = std::make_shared<const db::Scope>(ctx.scope);
        auto stream = std::make_shared<exports::ExportStream>(std::move(writer), rows(pool, scope, filter, language));
        http::Response response;
        response.content_type = std::string(stream->writer().content_type());
        response.set_header("Content-Disposition", "attachment; filename=\"" + file_name + "." +
                                                       std::string(stream->writer().extension()) + "\"");
        response.stream = [stream](std::string& chunk) { return stream->next(chunk); };
        return response;
      },
      std::move(summary)}
      .with_query({&kJournalExportFields, &filters});
}

}  // namespace

void add_journal_routes(api::Api& api, db::Pool& pool, OutreachService& outreach, NetworkingService& networking) {
  api::add_resource<OutreachEntry, OutreachChanges>(
      api,
      {.path = "/api/v1/journal/outreach",
       .sorts = outreach_repository::kSorts,
       .fields = kOutreachFields,
       .filters = &kOutreachFilterFields,
       .list = {Permission::read_journal, "List outreach entries (démarchage), newest first"},
       .get = {Permission::read_journal, "Read an outreach entry"},
       .create = {Permission::record_journal, "Record an outreach entry (an id made by the phone may be given)"},
       .update = {Permission::record_journal, "Change an outreach entry (own entries for 7 days; managers)"},
       .list_records = [&outreach](api::Context& ctx, const db::ListQuery& query) -> Result<db::Page<OutreachEntry>> {
         return outreach.list(*ctx.principal, ctx.scope, query, TRY(outreach_filter(ctx.request)));
       },
       .get_record = [&outreach](api::Context& ctx,
                                 const std::string& id) { return outreach.get(*ctx.principal, ctx.scope, id); },
       .decode = decode_outreach,
       .create_record =
           [&outreach](api::Context& ctx, const OutreachChanges& changes) {
             return outreach.create(ctx.actor(), *ctx.principal, ctx.scope, changes);
           },
       .update_record =
           [&outreach](api::Context& ctx, const std::string& id, const OutreachChanges& changes) {
             return outreach.update(ctx.actor(), *ctx.principal, ctx.scope, id, changes);
           }});
  api::add_resource<NetworkingEntry, NetworkingChanges>(
      api,
      {.path = "/api/v1/journal/networking",
       .sorts = networking_repository::kSorts,
       .fields = kNetworkingFields,
       .filters = &kNetworkingFilterFields,
       .list = {Permission::read_journal, "List networking entries (réseautage), newest first"},
       .get = {Permission::read_journal, "Read a networking entry"},
       .create = {Permission::record_journal, "Record a networking entry (an id made by the phone may be given)"},
       .update = {Permission::record_journal, "Change a networking entry (own entries for 7 days; managers)"},
       .list_records = [&networking](api::Context& ctx,
                                     const db::ListQuery& query) -> Result<db::Page<NetworkingEntry>> {
         return networking.list(*ctx.principal, ctx.scope, query, TRY(networking_filter(ctx.request)));
       },
       .get_record = [&networking](api::Context& ctx,
                                   const std::string& id) { return networking.get(*ctx.principal, ctx.scope, id); },
       .decode = decode_networking,
       .create_record =
           [&networking](api::Context& ctx, const NetworkingChanges& changes) {
             return networking.create(ctx.actor(), *ctx.principal, ctx.scope, changes);
           },
       .update_record =
           [&networking](api::Context& ctx, const std::string& id, const NetworkingChanges& changes) {
             return networking.update(ctx.actor(), *ctx.principal, ctx.scope, id, changes);
           }});
  api.add(export_route(
      "/api/v1/journal/exports/outreach", "Download outreach entries as CSV or XLSX (managers: their organization's)",
      kOutreachFilterFields, pool, "filet-demarchage", outreach_filter, outreach_columns, outreach_rows));
  api.add(export_route("/api/v1/journal/exports/networking",
                       "Download networking entries as CSV or XLSX (managers: their organization's)",
                       kNetworkingFilterFields, pool, "filet-reseautage", networking_filter, networking_columns,
                       networking_rows));
}

}  // namespace filet::journal
