#include "app/survey_commands.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "export/export_stream.hpp"
#include "questionnaires/answers_csv.hpp"
#include "questionnaires/campaign_service.hpp"
#include "questionnaires/questionnaire_service.hpp"
#include "questionnaires/results_suppression.hpp"
#include "questionnaires/results_table.hpp"
#include "questionnaires/stats_package.hpp"

namespace filet::app {
namespace {

using questionnaires::Requester;

const audit::Actor kActor{"", "filet command line", ""};

// The operator: without an organization, the host's scope (every organization, at the aggregate
// level: results are then read as outside any organization); with one, its manager (the
// questionnaire policy's question, and its answers read identified).
struct Operator {
  auth::Principal principal;
  db::Scope scope = auth::ScopeIssuer::for_host();
  Requester requester() const { return {principal, scope, kActor}; }
};

Result<Operator> operator_of(const std::string& organization_id) {
  Operator op;
  op.principal.name = "filet command line";
  if (organization_id.empty()) return op;
  op.principal.memberships.push_back({organization_id, "", auth::Role::manager});
  op.scope = TRY(auth::ScopeIssuer::for_principal(
      op.principal, [](const std::string&) -> Result<std::vector<std::string>> { return std::vector<std::string>{}; }));
  return op;
}

Result<questionnaires::Campaign> campaign_named(db::Pool& pool, const SurveyCampaignFile& request) {
  const Operator op = TRY(operator_of(""));
  questionnaires::CampaignService service(pool);
  db::ListQuery query;
  query.per_page = 2;
  auto found = TRY(service.list(op.requester(), {request.organization_id, "", request.campaign}, query, 0));
  if (found.items.empty()) return fail(Error::field(ErrorCode::not_found, "campaign", FieldCode::not_found));
  if (found.total > 1) return fail(Error::field(ErrorCode::validation_failed, "organization_id", FieldCode::required));
  return found.items.front();
}

Result<void> write_table(const std::vector<exports::Column>& columns, exports::RowSource rows,
                         const SurveyCampaignFile& request, std::string_view sheet, std::ostream& out) {
  auto writer =
      TRY(exports::open_writer(request.format == "xlsx" ? exports::Format::xlsx : exports::Format::csv,
                               request.lang == "fr" ? exports::Language::fr : exports::Language::en, columns, sheet));
  exports::ExportStream stream(std::move(writer), std::move(rows));
  std::string chunk;
  while (stream.next(chunk)) {
    out << chunk;
    chunk.clear();
  }
  out << chunk;
  if (!out) return fail(ErrorCode::internal, "could not write the file");
  return {};
}

// A file's bytes; a missing one is validation_failed naming `file`.
Result<std::string> file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(Error::field(ErrorCode::validation_failed, "file", FieldCode::not_found));
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

Result<void> import_xlsform_file(db::Pool& pool, const SurveyImport& import, std::ostream& out) {
  const std::string bytes = TRY(file_bytes(import.file));
  const Operator op = TRY(operator_of(import.organization_id));
  questionnaires::QuestionnaireService service(pool);
  const auto made = TRY(service.import_xlsform(op.requester(), import.organization_id, bytes));
  out << made.id << "\t" << made.code << "\n";
  return {};
}

Result<void> import_responses_file(db::Pool& pool, const SurveyResponsesImport& import, std::ostream& out) {
  const std::string text = TRY(file_bytes(import.file));
  const Operator op = TRY(operator_of(import.organization_id));
  questionnaires::QuestionnaireService questionnaires(pool);
  db::ListQuery query;
  query.per_page = 500;
  const auto owned = TRY(questionnaires.list(op.requester(), import.organization_id, query));
  const auto named = std::ranges::find(owned.items, import.questionnaire, &questionnaires::Questionnaire::code);
  if (named == owned.items.end())
    return fail(Error::field(ErrorCode::not_found, "questionnaire", FieldCode::not_found));
  const auto detail = TRY(questionnaires.detail(op.requester(), named->id));
  std::string version_id;  // the group's latest (the detail lists versions without their items)
  for (const auto& v : detail.versions)
    if (v.respondent_group == import.respondent_group) version_id = v.id;
  if (version_id.empty()) return fail(Error::field(ErrorCode::not_found, "respondent_group", FieldCode::not_found));
  const auto version = TRY(questionnaires.version(op.requester(), version_id));

  questionnaires::CampaignService campaigns(pool);
  db::ListQuery one;
  one.per_page = 1;
  auto found = TRY(campaigns.list(op.requester(), {import.organization_id, "", import.campaign}, one));
  const std::string today = clock::now_iso().substr(0, 10);
  std::string campaign_id;
  if (found.items.empty()) {
    // A file that would be refused creates no campaign either: checked before.
    const char delimiter = questionnaires::csv_delimiter(text);
    const auto file = TRY(csv::read_text("csv", text, delimiter));
    TRY_VOID(questionnaires::answers_from_csv(version, file, delimiter));
    campaign_id =
        TRY(campaigns.create(op.requester(), {import.organization_id, version.id, import.campaign, today, today})).id;
  } else {
    campaign_id = found.items.front().id;
  }
  const auto done = TRY(campaigns.import_answers(op.requester(), campaign_id, text, today));
  out << "Réponses importées / responses imported: " << done.imported << "\n";
  for (const std::string& column : done.ignored_columns) out << "colonne ignorée / column ignored: " << column << "\n";
  return {};
}

Result<void> write_survey_results(db::Pool& pool, const SurveyCampaignFile& request, std::ostream& out) {
  const auto campaign = TRY(campaign_named(pool, request));
  const Operator op = TRY(operator_of(""));
  questionnaires::CampaignService service(pool);
  auto results = TRY(service.results(op.requester(), campaign.id, request.by, request.k));
  // The host's scope reads no organization identified, so the service has hidden small counts
  // already; hiding again would count the hidden figures as zeros. Only if it ever did not:
  if (!results.suppressed) TRY_VOID(questionnaires::hide_small_counts(results, request.k));
  auto table = questionnaires::results_table(results.version, results);
  return write_table(
      table.columns,
      [rows = std::move(table.rows)](exports::TableWriter& writer) -> Result<bool> {
        for (const auto& row : rows) TRY_VOID(writer.row(row));
        return false;
      },
      request, "Résultats", out);
}

Result<void> write_survey_answers(db::Pool& pool, const SurveyCampaignFile& request, std::ostream& out) {
  const auto campaign = TRY(campaign_named(pool, request));
  const Operator op = TRY(operator_of(campaign.organization_id));
  questionnaires::CampaignService service(pool);
  auto answers = TRY(service.export_answers(op.requester(), campaign.id));
  if (request.format == "r" || request.format == "spss") {
    auto zip = TRY(questionnaires::stats_package(
        *answers.version, answers.campaign.name, answers.columns, std::move(answers.rows),
        request.format == "r" ? questionnaires::StatsFormat::r : questionnaires::StatsFormat::spss,
        request.lang != "en"));
    out << zip;
    if (!out) return fail(ErrorCode::internal, "could not write the file");
    return {};
  }
  return write_table(answers.columns, std::move(answers.rows), request, "Réponses", out);
}

}  // namespace filet::app
