#include "questionnaires/questionnaire_routes.hpp"

#include <algorithm>
#include <cctype>

#include "api/responses.hpp"
#include "common/clock.hpp"
#include "export/table_writer.hpp"
#include "questionnaires/campaign_fields.hpp"
#include "questionnaires/campaign_routes.hpp"
#include "questionnaires/questionnaire_fields.hpp"
#include "questionnaires/questionnaire_repository.hpp"
#include "questionnaires/results_fields.hpp"
#include "questionnaires/results_table.hpp"
#include "questionnaires/stats_package.hpp"

namespace filet::questionnaires {
namespace {

using auth::Permission;
constexpr auto kBuild = Permission::build_questionnaires;

constexpr std::string_view kFormats[] = {"csv", "xlsx"};
constexpr std::string_view kLanguages[] = {"fr", "en"};
const fields::Description kAnswersExportFields{
    "SurveyAnswersExport",
    {{.name = "format", .type = fields::Type::choice, .label = {"format", "format"}, .choices = kFormats},
     {.name = "lang", .type = fields::Type::choice, .label = {"langue", "language"}, .choices = kLanguages}}};

// The answers also go to R and SPSS: a zip of the data and the script or syntax with its labels.
constexpr std::string_view kAnswerFormats[] = {"csv", "xlsx", "r", "spss"};
const fields::Description kAnswersDownloadFields{
    "SurveyAnswersDownload",
    {{.name = "format", .type = fields::Type::choice, .label = {"format", "format"}, .choices = kAnswerFormats},
     {.name = "lang", .type = fields::Type::choice, .label = {"langue", "language"}, .choices = kLanguages}}};

// A link's token as ids::random_token makes it (URL-safe base64); anything else opens nothing.
Result<std::string> link_param(const api::Context& ctx) {
  std::string token(ctx.param("token"));
  const bool plausible = !token.empty() && token.size() <= 100 && std::all_of(token.begin(), token.end(), [](char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_';
  });
  if (!plausible) return fail(ErrorCode::not_found);
  return token;
}

void add_questionnaires(api::Api& api, QuestionnaireService& service) {
  api.add_schema(kQuestionnaireFields, fields::Purpose::record);
  api.add_schema("QuestionnairePage", fields::page_schema("Questionnaire"));
  api.add_schema(kQuestionnaireDetailFields, fields::Purpose::record);
  api.add_schema(kVersionFields, fields::Purpose::record);
  api.add_schema(kXlsformImportFields, fields::Purpose::create);
  api.add(api::Route{"GET", "/api/v1/questionnaires", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto query = TRY(api::list_query(ctx.request, questionnaire_repository::kSorts));
                       auto organization_id = TRY(api::id_query_param(ctx.request, "organization_id"));
                       return api::page_response(TRY(service.list(requester(ctx), organization_id, query)), query);
                     },
                     "List the questionnaires of the organizations one reaches"}
              .with_schemas("", "QuestionnairePage")
              .with_query({&api::kListQueryFields, &kQuestionnaireFilterFields})
              .with_sorts(questionnaire_repository::kSorts));
  api.add(api::Route{"POST", "/api/v1/questionnaires/import", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto in = TRY(decode_xlsform_import(TRY(api::body(ctx))));
                       auto made = TRY(service.import_xlsform(requester(ctx), in.organization_id, in.xlsx));
                       return api::json_response(to_json(made), 201);
                     },
                     "Import a questionnaire from an XLSForm (.xlsx, base64): every malformed row named by sheet "
                     "and row, nothing written"}
              .with_schemas("XlsformImport", "Questionnaire", 201)
              .with_body_limit(20 * 1024 * 1024)
              .on_worker_pool());
  api.add_schema(kVersionImportFields, fields::Purpose::create);
  api.add(api::Route{"POST", "/api/v1/questionnaires/{id}/versions", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto in = TRY(decode_version_import(TRY(api::body(ctx))));
                       auto made = TRY(service.import_version(requester(ctx), id, in.respondent_group, in.xlsx));
                       return api::json_response(to_json(made), 201);
                     },
                     "Import a new version of a questionnaire from an XLSForm (.xlsx, base64) whose form_id is "
                     "the questionnaire's code, for a respondent group (audited): every malformed row named by "
                     "sheet and row, nothing written"}
              .with_schemas("QuestionnaireVersionImport", "QuestionnaireVersion", 201)
              .with_body_limit(20 * 1024 * 1024)
              .on_worker_pool());
  api.add(api::Route{"GET", "/api/v1/questionnaires/{id}", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       return api::json_response(to_json(TRY(service.detail(requester(ctx), id))));
                     },
                     "Read a questionnaire and its versions"}
              .with_schemas("", "QuestionnaireDetail"));
  api.add(api::Route{"GET", "/api/v1/questionnaire-versions/{id}", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       return api::json_response(to_json(TRY(service.version(requester(ctx), id))));
                     },
                     "Read a questionnaire version: its sections and items"}
              .with_schemas("", "QuestionnaireVersion"));
  api.add(api::Route{"GET", "/api/v1/questionnaire-versions/{id}/xlsform", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       http::Response response;
                       response.body = TRY(service.export_xlsform(requester(ctx), id));
                       response.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                       response.set_header("Content-Disposition", "attachment; filename=\"questionnaire.xlsx\"");
                       return response;
                     },
                     "Download a questionnaire version as XLSForm (.xlsx)"});
}

void add_campaigns(api::Api& api, CampaignService& service) {
  api.add_schema(kCampaignFields, fields::Purpose::record);
  api.add_schema("SurveyCampaignCreate", fields::object_schema(kCampaignFields, fields::Purpose::create));
  api.add_schema("SurveyCampaignPage", fields::page_schema("SurveyCampaign"));
  api.add_schema(kResultsFields, fields::Purpose::record);
  api.add(api::Route{"GET", "/api/v1/survey-campaigns", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto query = TRY(api::list_query(ctx.request));
                       campaign_repository::CampaignFilter filter{
                           TRY(api::id_query_param(ctx.request, "organization_id")),
                           TRY(api::id_query_param(ctx.request, "questionnaire_id"))};
                       return api::page_response(TRY(service.list(requester(ctx), filter, query)), query);
                     },
                     "List campaigns, newest first, with their live count of responses"}
              .with_schemas("", "SurveyCampaignPage")
              .with_query({&api::kListQueryFields, &kCampaignFilterFields}));
  api.add(api::Route{"POST", "/api/v1/survey-campaigns", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto changes = TRY(decode_campaign(TRY(api::body(ctx))));
                       return api::json_response(to_json(TRY(service.create(requester(ctx), changes))), 201);
                     },
                     "Open a campaign: answered by anyone with its link, or by the members of a program's "
                     "organizations (a role) or a group's participants, each through a personal invitation; "
                     "anonymous unless identified (internal use; audited)"}
              .with_schemas("SurveyCampaignCreate", "SurveyCampaign", 201));
  api.add(api::Route{"GET", "/api/v1/survey-campaigns/{id}", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       return api::json_response(to_json(TRY(service.get(requester(ctx), id))));
                     },
                     "Read a campaign and its live count of responses"}
              .with_schemas("", "SurveyCampaign"));
  api.add(api::Route{"GET", "/api/v1/survey-campaigns/{id}/results", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto by = TRY(api::search_text_param(ctx.request, "by"));
                       return api::json_response(to_json(TRY(service.results(requester(ctx), id, by))));
                     },
                     "A campaign's results per item (n, mean, SD, median, top box, shares) and per dimension "
                     "(mean, Cronbach's alpha), for everyone and, with `by` (a single-choice item), per group "
                     "of respondents; small counts hidden outside the organization, with their complement"}
              .with_schemas("", "SurveyResults")
              .with_query({&kResultsQueryFields}));
  api.add_schema(kOpenAnswersFields, fields::Purpose::record);
  api.add(api::Route{"GET", "/api/v1/survey-campaigns/{id}/open-answers", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto item = TRY(api::search_text_param(ctx.request, "item"));
                       if (item.empty()) return fail(Error::field(ErrorCode::bad_query, "item", FieldCode::required));
                       auto query = TRY(api::list_query(ctx.request));
                       return api::json_response(to_json(TRY(service.open_answers(requester(ctx), id, item, query))));
                     },
                     "The open answers to one item (a text item, or a choice's « other, specify »), "
                     "alphabetically, a page at a time; none outside the organization while the campaign has "
                     "fewer than k responses"}
              .with_schemas("", "SurveyOpenAnswers")
              .with_query({&kOpenAnswersQueryFields}));
  api.add(api::Route{"GET", "/api/v1/survey-campaigns/{id}/results/export", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto format = TRY(api::choice_param(ctx.request, kAnswersExportFields.field("format")));
                       auto lang = TRY(api::choice_param(ctx.request, kAnswersExportFields.field("lang")));
                       auto by = TRY(api::search_text_param(ctx.request, "by"));
                       auto results = TRY(service.results(requester(ctx), id, by));
                       auto table = results_table(results.version, results);
                       return download(format, lang, table.columns, "Résultats", "filet-resultats",
                                       [rows = std::move(table.rows)](exports::TableWriter& writer) -> Result<bool> {
                                         for (const auto& row : rows) TRY_VOID(writer.row(row));
                                         return false;  // one batch: a row per item, a small table
                                       });
                     },
                     "Download a campaign's results as CSV or XLSX: one row per item and per dimension, for "
                     "everyone and per group with `by` (n, mean, sd, median, top_box, alpha, pct_<option>); "
                     "the same suppression as the results"}
              .with_query({&kAnswersExportFields, &kResultsQueryFields}));
  api.add_schema(kAnswersImportFields, fields::Purpose::create);
  api.add_schema(kAnswersImportedFields, fields::Purpose::record);
  api.add(api::Route{"POST", "/api/v1/survey-campaigns/{id}/answers/import", kBuild,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto csv = TRY(decode_answers_import(TRY(api::body(ctx))));
                       const std::string today = clock::now_iso().substr(0, 10);
                       return api::json_response(to_json(TRY(service.import_answers(requester(ctx), id, csv, today))),
                                                 201);
                     },
                     "Import answers collected elsewhere from a CSV with one column per item code (LimeSurvey, "
                     "KoboToolbox, this campaign's own export): all rows or none, every bad row named by its line; "
                     "columns that are not items are ignored and named"}
              .with_schemas("SurveyAnswersImport", "SurveyAnswersImported", 201)
              .with_body_limit(20 * 1024 * 1024)
              .on_worker_pool());
  api.add(api::Route{
      "GET", "/api/v1/survey-campaigns/{id}/answers", kBuild,
      [&service](api::Context& ctx) -> Result<http::Response> {
        auto id = TRY(api::id_param(ctx));
        auto format = TRY(api::choice_param(ctx.request, kAnswersDownloadFields.field("format")));
        auto lang = TRY(api::choice_param(ctx.request, kAnswersDownloadFields.field("lang")));
        auto answers = TRY(service.export_answers(requester(ctx), id));
        if (format == "r" || format == "spss") {
          const bool french = lang != "en";
          auto zip =
              TRY(stats_package(*answers.version, answers.campaign.name, answers.columns, std::move(answers.rows),
                                format == "r" ? StatsFormat::r : StatsFormat::spss, french));
          http::Response response;
          response.content_type = "application/zip";
          response.set_header("Content-Disposition", "attachment; filename=\"" +
                                                         std::string(french ? "filet-reponses-" : "filet-answers-") +
                                                         format + ".zip\"");
          response.body = std::move(zip);
          return response;
        }
        return download(format, lang, answers.columns, "Réponses", "filet-reponses", std::move(answers.rows));
      },
      "Download a campaign's answers as CSV or XLSX, one row per response in no meaningful order, "
      "or for R or SPSS (a zip of the data and the script or syntax giving its labels) (the "
      "organization's own staff)"}
              .with_query({&kAnswersDownloadFields}));
}

// The respondent has no account: the link is the authority. No audit entry and no log of who
// answered (anonymity); the JSON-only body keeps cross-site forms out.
void add_public_form(api::Api& api, CampaignService& service) {
  api.add_schema(kPublicFormFields, fields::Purpose::record);
  api.add_schema(kResponseFields, fields::Purpose::create);
  api.add(api::Route{"GET", "/api/public/surveys/{token}", Permission::anyone,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto token = TRY(link_param(ctx));
                       return api::json_response(to_json(TRY(service.public_form(token))));
                     },
                     "The questionnaire of a campaign's link, for its public respondent page"}
              .with_schemas("", "SurveyForm"));
  api.add(api::Route{"POST", "/api/public/surveys/{token}/responses", Permission::anyone,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto token = TRY(link_param(ctx));
                       auto submission = TRY(decode_submission(TRY(api::body(ctx))));
                       const std::string today = clock::now_iso().substr(0, 10);
                       TRY_VOID(service.submit(token, submission.answers, today, submission.id));
                       return api::no_content();
                     },
                     "Send one response through a campaign's link or a personal invitation (once per invitation: "
                     "a second is a conflict naming invitation); nothing links an anonymous response to its "
                     "sender; a submission sent again with the same submission_id is stored once"}
              .with_schemas("SurveyResponse", "", 204));
}

}  // namespace

void add_questionnaire_routes(api::Api& api, QuestionnaireService& questionnaires, CampaignService& campaigns) {
  add_questionnaires(api, questionnaires);
  add_campaigns(api, campaigns);
  add_campaign_population_routes(api, campaigns);
  add_public_form(api, campaigns);
}

}  // namespace filet::questionnaires
