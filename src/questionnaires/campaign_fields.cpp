#include "questionnaires/campaign_fields.hpp"

#include "questionnaires/campaign_population.hpp"
#include "questionnaires/questionnaire_fields.hpp"

namespace filet::questionnaires {
namespace json = boost::json;
using fields::Access;
using fields::Type;

namespace {

constexpr auto RO = Access::read_only;
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
     {.name = "population", .type = Type::choice, .label = {"population", "population"}, .choices = kPopulations},
     {.name = "anonymous", .type = Type::boolean, .label = {"anonyme", "anonymous"}},
     {.name = "program_id", .type = Type::id, .label = {"programme", "program"}, .nullable = true},
     {.name = "role", .type = Type::choice, .label = {"rôle", "role"}, .choices = kMemberRoles, .nullable = true},
     {.name = "group_id", .type = Type::id, .label = {"groupe", "group"}, .nullable = true},
     {.name = "link_token", .type = Type::text, .max = 100, .access = RO},
     read_only_count("responses", true),
     read_only_count("invited"),
     read_only_count("answered", true),
     read_only_number("response_rate"),
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
     {.name = "version", .type = Type::object, .access = RO, .nested = &kVersionFields},
     read_only_flag("anonymous")}};

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
  c.population = in.text("population").value_or("link");
  c.anonymous = in.boolean("anonymous").value_or(true);
  c.program_id = in.text("program_id").value_or("");
  c.role = in.text("role").value_or("");
  c.group_id = in.text("group_id").value_or("");
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
          {"program_id", k.program_id.empty() ? json::value(nullptr) : json::value(k.program_id)},
          {"role", k.role.empty() ? json::value(nullptr) : json::value(k.role)},
          {"group_id", k.group_id.empty() ? json::value(nullptr) : json::value(k.group_id)},
          {"link_token", k.population == "link" ? k.link_token : std::string()},
          {"responses", or_null(k.responses)},
          {"invited", k.invited},
          {"answered", or_null(k.answered)},
          {"response_rate", k.population == "link" || !k.answered ? json::value(nullptr)
                                                                  : or_null(response_rate(*k.answered, k.invited))},
          {"created_at", k.created_at},
          {"updated_at", k.updated_at},
          {"version", k.version}};
}

json::object to_json(const PublicForm& form) {
  return {{"name", form.name},
          {"opens_on", form.opens_on},
          {"closes_on", form.closes_on},
          {"version", to_json(form.version)},
          {"anonymous", form.anonymous}};
}

}  // namespace filet::questionnaires
