#include "questionnaires/campaign_routes.hpp"

#include <regex>

#include "api/responses.hpp"
#include "common/fields_schema.hpp"
#include "export/table_writer.hpp"

namespace filet::questionnaires {
namespace {

using auth::Permission;
using fields::Type;
constexpr auto kBuild = Permission::build_questionnaires;
constexpr auto RO = fields::Access::read_only;

const fields::Description kInviteeFields{
    "SurveyInvitee",
    {{.name = "name", .type = Type::text, .access = RO}, {.name = "email", .type = Type::text, .access = RO}}};

constexpr std::string_view kFormats[] = {"csv", "xlsx"};
constexpr std::string_view kLanguages[] = {"fr", "en"};
const fields::Description kInvitationsDownloadFields{
    "SurveyInvitationsDownload",
    {{.name = "format", .type = Type::choice, .label = {"format", "format"}, .choices = kFormats},
     {.name = "lang", .type = Type::choice, .label = {"langue", "language"}, .choices = kLanguages},
     {.name = "origin", .type = Type::text, .label = {"adresse du site", "site address"}, .max = 200}}};

// The site's address the personal links start with, as the page that asks knows it
// (http(s)://host[:port]); "" gives links without it (/q/<token>).
Result<std::string> origin_param(const http::Request& request) {
  std::string origin = TRY(api::search_text_param(request, "origin"));
  static const std::regex kOrigin(R"(https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?)");
  if (!origin.empty() && !std::regex_match(origin, kOrigin))
    return fail(Error::field(ErrorCode::bad_query, "origin", FieldCode::invalid_format, "https://filet.example.org"));
  return origin;
}

}  // namespace

Requester requester(const api::Context& ctx) {
  return {*ctx.principal, ctx.scope, ctx.actor()};
}

Result<http::Response> download(std::string_view format, std::string_view lang,
                                const std::vector<exports::Column>& columns, std::string_view sheet,
                                std::string_view file, exports::RowSource rows) {
  auto writer = TRY(exports::open_writer(format == "xlsx" ? exports::Format::xlsx : exports::Format::csv,
                                         lang == "en" ? exports::Language::en : exports::Language::fr, columns, sheet));
  auto stream = std::make_shared<exports::ExportStream>(std::move(writer), std::move(rows));
  http::Response response;
  response.content_type = std::string(stream->writer().content_type());
  response.set_header("Content-Disposition", "attachment; filename=\"" + std::string(file) + "." +
                                                 std::string(stream->writer().extension()) + "\"");
  response.stream = [stream](std::string& chunk) { return stream->next(chunk); };
  return response;
}

void add_campaign_population_routes(api::Api& api, CampaignService& service) {
  api.add_schema(kInviteeFields, fields::Purpose::record);
  api.add_schema("SurveyInviteePage", fields::page_schema("SurveyInvitee"));
  api.add(api::Route{"GET", "/api/v1/survey-campaigns/{id}/non-respondents", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto query = TRY(api::list_query(ctx.request));
                       auto page = TRY(service.non_respondents(requester(ctx), id, query));
                       boost::json::array items;
                       for (const auto& i : page.items) items.push_back({{"name", i.name}, {"email", i.email}});
                       return api::json_response(api::page_envelope(std::move(items), page.total, query));
                     },
                     "Who has not answered a member or group campaign yet, by name, a page at a time (for an "
                     "anonymous campaign, from the invitations' « has answered » flag alone; the organization's "
                     "own staff)"}
              .with_schemas("", "SurveyInviteePage")
              .with_query({&api::kListQueryFields}));
  api.add(api::Route{"GET", "/api/v1/survey-campaigns/{id}/invitations", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto format = TRY(api::choice_param(ctx.request, kInvitationsDownloadFields.field("format")));
                       auto lang = TRY(api::choice_param(ctx.request, kInvitationsDownloadFields.field("lang")));
                       auto origin = TRY(origin_param(ctx.request));
                       auto out = TRY(service.invitations(requester(ctx), id, origin));
                       return download(format, lang, out.columns, "Invitations", "filet-invitations",
                                       std::move(out.rows));
                     },
                     "Download a member or group campaign's invitations as CSV or XLSX (name, e-mail, personal "
                     "link) for the coordinator's own mailing: Filet sends no e-mail (the campaign's builders; "
                     "audited)"}
              .with_query({&kInvitationsDownloadFields}));
}

}  // namespace filet::questionnaires
