#include "questionnaires/questionnaire_fields.hpp"

#include <sodium.h>

namespace filet::questionnaires {
namespace json = boost::json;
using fields::Access;
using fields::Type;

namespace {

constexpr auto RO = Access::read_only;
// An .xlsx of 12 MB, base64: 16 M characters.
constexpr size_t kFileMaxChars = 16'000'000;

fields::Field text(std::string_view name, fields::Label label = {}, size_t max = 200) {
  return {.name = name, .type = Type::text, .label = label, .max = max, .access = RO};
}
fields::Field whole(std::string_view name, fields::Label label = {}) {
  return {.name = name, .type = Type::integer, .label = label, .low = 0, .high = INT64_MAX, .access = RO};
}
fields::Field flag(std::string_view name, fields::Label label = {}) {
  return {.name = name, .type = Type::boolean, .label = label, .access = RO};
}

const fields::Description kOptionFields{"QuestionnaireOption",
                                        {text("code"),
                                         text("label_fr", {"libellé (français)", "label (French)"}, 2000),
                                         text("label_en", {"libellé (anglais)", "label (English)"}, 2000),
                                         {.name = "score",
                                          .type = Type::integer,
                                          .label = {"valeur sur l’échelle", "value on the scale"},
                                          .low = INT64_MIN,
                                          .high = INT64_MAX,
                                          .nullable = true,
                                          .access = RO}}};

const fields::Description kConditionFields{"QuestionnaireCondition",
                                           {text("item"), {.name = "values", .type = Type::text_list, .access = RO}}};

const fields::Description kSectionFields{"QuestionnaireSection",
                                         {text("code"), text("label_fr", {}, 2000), text("label_en", {}, 2000)}};

const fields::Description kItemFields{
    "QuestionnaireItem",
    {text("code"),
     text("section"),
     {.name = "kind", .type = Type::choice, .choices = kKindNames, .access = RO},
     text("label_fr", {}, 2000),
     text("label_en", {}, 2000),
     flag("required"),
     flag("other_specify", {"autre, précisez", "other, specify"}),
     text("grid", {"grille", "grid"}),
     {.name = "relevant", .type = Type::object, .nullable = true, .access = RO, .nested = &kConditionFields},
     {.name = "options", .type = Type::object_list, .access = RO, .nested = &kOptionFields}}};

const fields::Description kVersionSummaryFields{
    "QuestionnaireVersionSummary",
    {fields::kId, whole("number", {"numéro de version", "version number"}),
     text("respondent_group", {"groupe de répondants", "respondent group"}), fields::kCreatedAt}};

json::object option_json(const Option& o) {
  return {{"code", o.code},
          {"label_fr", o.label.fr},
          {"label_en", o.label.en},
          {"score", o.score ? json::value(*o.score) : json::value(nullptr)}};
}

json::object item_json(const Item& item) {
  json::array options;
  for (const Option& o : item.options) options.push_back(option_json(o));
  json::value relevant = nullptr;
  if (item.relevant) {
    json::array values;
    for (const std::string& v : item.relevant->values) values.emplace_back(v);
    relevant = json::object{{"item", item.relevant->item}, {"values", std::move(values)}};
  }
  return {{"code", item.code},
          {"section", item.section},
          {"kind", kind_name(item.kind)},
          {"label_fr", item.label.fr},
          {"label_en", item.label.en},
          {"required", item.required},
          {"other_specify", item.other_specify},
          {"grid", item.grid},
          {"relevant", std::move(relevant)},
          {"options", std::move(options)}};
}

json::object version_summary_json(const Version& v) {
  return {{"id", v.id}, {"number", v.number}, {"respondent_group", v.respondent_group}, {"created_at", v.created_at}};
}

const fields::Field kFileField{.name = "file",
                               .type = Type::text,
                               .label = {"fichier XLSForm (.xlsx, en base64)", "XLSForm file (.xlsx, base64)"},
                               .required = true,
                               .max = kFileMaxChars};

// The bytes of the base64 `file` (nothing when it is absent: the reader names it as required).
std::string decoded_file(fields::Reader& in) {
  const std::string file = in.text("file").value_or("");
  std::string out;
  if (file.empty()) return out;
  out.resize(file.size());
  size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), file.data(), file.size(), " \r\n",
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    in.add({"file", FieldCode::invalid_format, "base64"});
  out.resize(length);
  return out;
}

}  // namespace

const fields::Description kQuestionnaireFields{
    "Questionnaire",
    {fields::kId,
     {.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}, .access = RO},
     text("code", {"identifiant du formulaire (form_id)", "form id (form_id)"}),
     text("title_fr", {"titre (français)", "title (French)"}, 2000),
     text("title_en", {"titre (anglais)", "title (English)"}, 2000),
     fields::kCreatedAt,
     fields::kUpdatedAt,
     {.name = "version", .type = Type::integer, .low = 1, .high = INT64_MAX, .access = RO}}};

const fields::Description kQuestionnaireFilterFields{
    "QuestionnaireFilters", {{.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}}}};

const fields::Description kQuestionnaireDetailFields{
    "QuestionnaireDetail",
    {{.name = "questionnaire", .type = Type::object, .access = RO, .nested = &kQuestionnaireFields},
     {.name = "versions", .type = Type::object_list, .access = RO, .nested = &kVersionSummaryFields}}};

const fields::Description kVersionFields{
    "QuestionnaireVersion",
    {fields::kId,
     {.name = "questionnaire_id", .type = Type::id, .access = RO},
     whole("number", {"numéro de version", "version number"}),
     text("respondent_group", {"groupe de répondants", "respondent group"}),
     fields::kCreatedAt,
     {.name = "sections", .type = Type::object_list, .access = RO, .nested = &kSectionFields},
     {.name = "items", .type = Type::object_list, .access = RO, .nested = &kItemFields}}};

const fields::Description kXlsformImportFields{
    "XlsformImport",
    {{.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}, .required = true},
     kFileField}};

const fields::Description kVersionImportFields{
    "QuestionnaireVersionImport",
    {{.name = "respondent_group", .type = Type::text, .label = {"groupe de répondants", "respondent group"}, .max = 64},
     kFileField}};

Result<XlsformImport> decode_xlsform_import(const boost::json::object& body) {
  fields::Reader in(body, kXlsformImportFields, fields::Mode::create);
  XlsformImport out;
  out.organization_id = in.text("organization_id").value_or("");
  out.xlsx = decoded_file(in);
  TRY_VOID(in.finish());
  return out;
}

Result<VersionImport> decode_version_import(const boost::json::object& body) {
  fields::Reader in(body, kVersionImportFields, fields::Mode::create);
  VersionImport out;
  out.respondent_group = in.text("respondent_group").value_or("");
  out.xlsx = decoded_file(in);
  TRY_VOID(in.finish());
  return out;
}

json::object to_json(const Questionnaire& q) {
  return {{"id", q.id},
          {"organization_id", q.organization_id},
          {"code", q.code},
          {"title_fr", q.title.fr},
          {"title_en", q.title.en},
          {"created_at", q.created_at},
          {"updated_at", q.updated_at},
          {"version", q.version}};
}

json::object to_json(const QuestionnaireDetail& d) {
  json::array versions;
  for (const Version& v : d.versions) versions.push_back(version_summary_json(v));
  return {{"questionnaire", to_json(d.questionnaire)}, {"versions", std::move(versions)}};
}

json::object to_json(const Version& v) {
  json::array sections, items;
  for (const Section& s : v.sections)
    sections.push_back(json::object{{"code", s.code}, {"label_fr", s.label.fr}, {"label_en", s.label.en}});
  for (const Item& item : v.items) items.push_back(item_json(item));
  json::object out = version_summary_json(v);
  out["questionnaire_id"] = v.questionnaire_id;
  out["sections"] = std::move(sections);
  out["items"] = std::move(items);
  return out;
}

}  // namespace filet::questionnaires
