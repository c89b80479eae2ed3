#include "directory/hsds_import_records.hpp"

#include <algorithm>
#include <set>

#include "common/field_rules.hpp"
#include "common/fields.hpp"
#include "common/ids.hpp"
#include "common/text.hpp"
#include "core/organization_fields.hpp"
#include "directory/service_fields.hpp"

namespace filet::directory::hsds_records {
namespace json = boost::json;
namespace {

// The fields Filet models itself; everything else of a service is kept in `document`.
const std::set<std::string_view> kModelled = {"id",
                                              "organization_id",
                                              "organization",
                                              "name",
                                              "description",
                                              "eligibility_description",
                                              "application_process",
                                              "fees_description",
                                              "status",
                                              "url",
                                              "email",
                                              "minimum_age",
                                              "maximum_age",
                                              "assured_date",
                                              "last_modified",
                                              "languages",
                                              "service_areas",
                                              "attributes",
                                              "service_at_locations",
                                              "x_filet"};

// A whole number within [min, max] by the API's rule (never a double converted out of range).
std::optional<int64_t> whole(const json::object& o, std::string_view key, std::string_view field, int64_t min,
                             int64_t max, std::optional<Rejection>& rejection) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  auto number = field_rules::whole_number(field, *v, min, max);
  if (number) return *number;
  if (!rejection) rejection = Rejection{number.error()};
  return std::nullopt;
}

}  // namespace

std::string str(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

const json::object* object_at(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v ? v->if_object() : nullptr;
}

const json::array* array_at(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v ? v->if_array() : nullptr;
}

// The parts of a record that need no database: text, status, ages, Filet's extension.
std::optional<Rejection> read_service(const json::object& in, const ImportOptions& options, Service& s) {
  s.id = str(in, "id");
  if (!ids::is_uuid(s.id)) return Rejection{{"id", FieldCode::invalid_format, "UUID"}};
  for (std::string_view key : {"name", "description", "url", "email", "status"})
    if (const auto* v = in.if_contains(key); v && !v->is_string() && !v->is_null())
      return Rejection{{std::string(key), FieldCode::wrong_type, "string"}};
  bool english = options.lang == "en";
  auto put = [&](Bilingual& field, std::string_view key) { (english ? field.en : field.fr) = str(in, key); };
  put(s.name, "name");
  put(s.description, "description");
  put(s.eligibility, "eligibility_description");
  put(s.application, "application_process");
  put(s.fees, "fees_description");
  if (const auto* filet = object_at(in, "x_filet")) {
    if (const auto* translations = object_at(*filet, "translations")) {
      for (auto [lang, is_en] : {std::pair{"fr", false}, std::pair{"en", true}}) {
        const auto* t = object_at(*translations, lang);
        if (!t) continue;
        auto take = [&](Bilingual& field, std::string_view key) { (is_en ? field.en : field.fr) = str(*t, key); };
        take(s.name, "name");
        take(s.description, "description");
        take(s.eligibility, "eligibility_description");
        take(s.application, "application_process");
        take(s.fees, "fees_description");
      }
    }
    if (const auto* free = filet->if_contains("is_free"); free && free->is_bool()) s.is_free = free->as_bool();
    if (const auto* waiting = object_at(*filet, "waiting_list")) {
      std::string status = str(*waiting, "status");
      if (!status.empty()) {
        if (auto error =
                fields::check_text(kServiceFields.field("waiting_list_status"), status, "x_filet.waiting_list.status"))
          return Rejection{*error};
        s.waiting_list_status = status;
      }
      std::optional<Rejection> rejection;
      const auto& delay = kServiceFields.field("waiting_list_delay_days");
      s.waiting_list_delay_days =
          whole(*waiting, "delay_days", "x_filet.waiting_list.delay_days", delay.low, delay.high, rejection);
      if (rejection) return rejection;
      s.waiting_list_as_of = str(*waiting, "as_of");
    }
    s.verified_at = str(*filet, "verified_at");
    s.verified_by = str(*filet, "verified_by");
  } else if (!str(in, "assured_date").empty()) {
    s.verified_at = str(in, "assured_date") + "T00:00:00.000Z";
  }
  if (text::trim(s.name.fr).empty() && text::trim(s.name.en).empty())
    return Rejection{{"name", FieldCode::required, {}}};
  s.status = str(in, "status").empty() ? "active" : str(in, "status");
  // The same limits, choices and formats as the API's (the service's field description).
  s.url = str(in, "url");
  s.email = str(in, "email");
  for (auto [name, value] :
       {std::pair<std::string_view, const std::string*>{"status", &s.status}, {"url", &s.url}, {"email", &s.email}})
    if (auto error = fields::check_text(kServiceFields.field(name), *value)) return Rejection{*error};
  std::optional<Rejection> rejection;
  for (auto [name, target] : {std::pair{"minimum_age", &s.minimum_age}, {"maximum_age", &s.maximum_age}}) {
    const auto& age = kServiceFields.field(name);
    *target = whole(in, name, name, age.low, age.high, rejection);
  }
  if (rejection) return rejection;
  if (const auto* languages = array_at(in, "languages")) {
    for (const auto& l : *languages)
      if (const auto* o = l.if_object(); o && !str(*o, "code").empty())
        s.language_codes.push_back(text::lower_ascii(str(*o, "code")));
    s.document["languages"] = *languages;  // names, notes and ids as they came
  }
  for (const auto& [key, value] : in)
    if (!kModelled.contains(key)) s.document[key] = value;
  // Phone extensions are numbers in HSDS; Filet keeps what people type, as text.
  if (auto* phones = s.document.if_contains("phones"); phones && phones->is_array())
    for (auto& p : phones->as_array())
      if (auto* o = p.if_object(); o && o->contains("extension") && o->at("extension").is_number())
        (*o)["extension"] = o->at("extension").is_int64() ? std::to_string(o->at("extension").as_int64())
                                                          : json::serialize(o->at("extension"));
  return std::nullopt;
}

// An HSDS organization, checked by the same rules as the API; `prefix` names where it sat
// ("organization." when embedded in a service).
std::optional<Rejection> read_organization(const json::object& in, const std::string& prefix,
                                           hsds_import_repository::OrganizationRow& o) {
  o.id = str(in, "id");
  if (!ids::is_uuid(o.id)) return Rejection{{prefix + "id", FieldCode::invalid_format, "UUID"}};
  o.name = text::trim(str(in, "name"));
  if (o.name.empty()) return Rejection{{prefix + "name", FieldCode::required, {}}};
  o.email = str(in, "email");
  o.website = str(in, "website");
  for (auto [name, value] :
       {std::pair<std::string_view, const std::string*>{"email", &o.email}, {"website", &o.website}})
    if (auto error = fields::check_text(core::kOrganizationFields.field(name), *value, prefix + std::string(name)))
      return Rejection{*error};
  // Filet keeps one phone per organization: the first one, as the export writes it back.
  if (const auto* phones = array_at(in, "phones"); phones && !phones->empty())
    if (const auto* phone = phones->front().if_object()) o.phone = text::trim(str(*phone, "number"));
  o.document = in;
  return std::nullopt;
}

}  // namespace filet::directory::hsds_records
