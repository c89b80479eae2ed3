#include "questionnaires/campaign_fields.hpp"

#include "questionnaires/questionnaire_fields.hpp"

namespace filet::questionnaires {
namespace json = boost::json;
using fields::Access;
using fields::Type;

namespace {

constexpr auto RO = Access::read_only;
constexpr std::string_view kPopulations[] = {"link"};
// At most this many values in one answer (a multiple choice's options).
constexpr size_t kValuesMax = 200;

}  // namespace

json::value or_null(const std::optional<int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}
json::value or_null(const std::optional<double>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

fields::Field read_only_count(std::string_view name, bool nullable) {
  return {.name = name, .type = Type::integer, .low = 0, .high = INT64_MAX, .nullable = nullable, .access = RO};
}
fields::Field read_only_number(std::string_view name) {
  return {.name = name, .type = Type::number, .nullable = true, .access = RO};
}
fields::Field read_only_flag(std::string_view name) {
  return {.name = name, .type = Type::boolean, .access = RO};
}

const fields::Description kCampaignFields{
    "SurveyCampaign",
    {fields::kId,
     {.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}, .required = true},
     {.name = "version_id",
      .type = Type::id,
      .label = {"version du questionnaire", "questionnaire version"},
      .required = true},
     {.name = "name", .type = Type::text, .label = {"nom", "name"}, .required = true, .min = 1, .max = 200},
     {.name = "opens_on", .type = Type::date, .label = {"date d’ouverture", "opening date"}, .required = true},
     {.name = "closes_on", .type = Type::date, .label = {"date de clôture", "closing date"}, .required = true},
     {.name = "population", .type = Type::choice, .choices = kPopulations, .access = RO},
     read_only_flag("anonymous"),
     {.name = "link_token", .type = Type::text, .max = 100, .access = RO},
     read_only_count("responses", true),
     fields::kCreatedAt,
     fields::kUpdatedAt,
     {.name = "version", .type = Type::integer, .low = 1, .high = INT64_MAX, .access = RO}}};

const fields::Description kCampaignFilterFields{
    "SurveyCampaignFilters",
    {{.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}},
     {.name = "questionnaire_id", .type = Type::id, .label = {"questionnaire", "questionnaire"}}}};

const fields::Description kPublicFormFields{
    "SurveyForm",
    {{.name = "name", .type = Type::text, .access = RO},
     {.name = "opens_on", .type = Type::date, .access = RO},
     {.name = "closes_on", .type = Type::date, .access = RO},
     {.name = "version", .type = Type::object, .access = RO, .nested = &kVersionFields}}};

const fields::Description kResponseFields{
    "SurveyResponse",
    {{.name = "answers", .type = Type::any_object, .label = {"réponses", "answers"}, .required = true},
     {.name = "submission_id", .type = Type::id, .label = {"identifiant de l’envoi", "submission id"}}}};

const fields::Description kAnswersImportFields{"SurveyAnswersImport",
                                               {{.name = "file",
                                                 .type = Type::text,
                                                 .label = {"fichier CSV des réponses", "answers CSV file"},
                                                 .required = true,
                                                 .max = 16'000'000}}};

const fields::Description kAnswersImportedFields{
    "SurveyAnswersImported",
    {read_only_count("imported"), {.name = "ignored_columns", .type = Type::text_list, .access = RO}}};

// The file is read as sent: its line ends (CRLF), tabs and quotes are the CSV reader's to judge.
Result<std::string> decode_answers_import(const boost::json::object& body) {
  fields::Reader in(body, kAnswersImportFields, fields::Mode::create);
  const json::value* raw = in.raw("file");
  const size_t max = kAnswersImportFields.field("file").max;
  std::string file;
  if (!raw)
    in.add({"file", FieldCode::required, {}});
  else if (!raw->is_string())
    in.add({"file", FieldCode::wrong_type, "string"});
  else if (raw->as_string().size() > max)
    in.add({"file", FieldCode::too_long, std::to_string(max)});
  else if (raw->as_string().empty())
    in.add({"file", FieldCode::required, {}});
  else
    file = raw->as_string();
  TRY_VOID(in.finish());
  return file;
}

json::object to_json(const AnswersImport& import) {
  json::array ignored;
  for (const std::string& column : import.ignored_columns) ignored.emplace_back(column);
  return {{"imported", import.imported}, {"ignored_columns", std::move(ignored)}};
}

Result<CampaignChanges> decode_campaign(const boost::json::object& body) {
  fields::Reader in(body, kCampaignFields, fields::Mode::create);
  CampaignChanges c;
  c.organization_id = in.text("organization_id").value_or("");
  c.version_id = in.text("version_id").value_or("");
  c.name = in.text("name").value_or("");
  c.opens_on = in.text("opens_on").value_or("");
  c.closes_on = in.text("closes_on").value_or("");
  TRY_VOID(in.finish());
  return c;
}

namespace {

// The answers of a response body ({"<code>": {"values": [...], "other": "..."}}), each malformed
// one named answers.<code>.
Answers read_answers(fields::Reader& in) {
  Answers answers;
  const json::value* raw = in.raw("answers");
  if (!raw) {
    in.add({"answers", FieldCode::required, {}});
  } else if (!raw->is_object()) {
    in.add({"answers", FieldCode::wrong_type, "object"});
  } else {
    for (const auto& [key, value] : raw->as_object()) {
      const std::string name = "answers." + std::string(key);
      const json::object* answer = value.if_object();
      const json::value* values = answer ? answer->if_contains("values") : nullptr;
      const json::value* other = answer ? answer->if_contains("other") : nullptr;
      bool ok = answer && values && values->is_array() && values->as_array().size() <= kValuesMax &&
                (!other || other->is_string()) && answer->size() == (other ? 2u : 1u);
      Answer a;
      if (ok)
        for (const json::value& v : values->as_array()) {
          if (!v.is_string()) {
            ok = false;
            break;
          }
          a.values.emplace_back(v.as_string());
        }
      if (!ok) {
        in.add({name, FieldCode::wrong_type, "answer"});
        continue;
      }
      if (other) a.other = std::string(other->as_string());
      answers.emplace(std::string(key), std::move(a));
    }
  }
  return answers;
}

}  // namespace

Result<Submission> decode_submission(const boost::json::object& body) {
  fields::Reader in(body, kResponseFields, fields::Mode::create);
  Submission submission;
  submission.id = in.text("submission_id").value_or("");
  auto answers = read_answers(in);
  TRY_VOID(in.finish());
  submission.answers = std::move(answers);
  return submission;
}

json::object to_json(const Campaign& k) {
  return {{"id", k.id},
          {"organization_id", k.organization_id},
          {"version_id", k.version_id},
          {"name", k.name},
          {"opens_on", k.opens_on},
          {"closes_on", k.closes_on},
          {"population", k.population},
          {"anonymous", k.anonymous},
          {"link_token", k.link_token},
          {"responses", or_null(k.responses)},
          {"created_at", k.created_at},
          {"updated_at", k.updated_at},
          {"version", k.version}};
}

json::object to_json(const PublicForm& form) {
  return {{"name", form.name},
          {"opens_on", form.opens_on},
          {"closes_on", form.closes_on},
          {"version", to_json(form.version)}};
}

}  // namespace filet::questionnaires
