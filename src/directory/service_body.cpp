#include "directory/service_body.hpp"

#include "common/field_rules.hpp"
#include "common/json_input.hpp"

namespace filet::directory {
namespace json = boost::json;
namespace {

constexpr std::string_view kFields[] = {"organization_id",
                                        "status",
                                        "name_fr",
                                        "name_en",
                                        "description_fr",
                                        "description_en",
                                        "eligibility_fr",
                                        "eligibility_en",
                                        "application_process_fr",
                                        "application_process_en",
                                        "fees_fr",
                                        "fees_en",
                                        "is_free",
                                        "minimum_age",
                                        "maximum_age",
                                        "url",
                                        "email",
                                        "need_ids",
                                        "language_codes",
                                        "territory_ids",
                                        "schedules",
                                        "phones",
                                        "waiting_list_status",
                                        "waiting_list_delay_days"};

bool is_time(std::string_view t) {
  return t.size() == 5 && t[2] == ':' && std::isdigit(t[0]) && std::isdigit(t[1]) && std::isdigit(t[3]) &&
         std::isdigit(t[4]) && (t[0] - '0') * 10 + (t[1] - '0') < 24 && t[3] < '6';
}

// Rows of {byday, opens_at, closes_at, description} as HSDS weekly schedules.
std::optional<json::array> read_schedules(json_input::FieldReader& in) {
  const json::value* raw = in.raw("schedules");
  if (!raw) return std::nullopt;
  if (!raw->is_array()) {
    in.add({"schedules", FieldCode::wrong_type, "array"});
    return std::nullopt;
  }
  json::array out;
  for (const auto& item : raw->as_array()) {
    static const json::object kEmpty;
    const auto* row = item.if_object();
    json_input::FieldReader r(row ? *row : kEmpty, {"byday", "opens_at", "closes_at", "description"});
    auto byday = r.text("byday", {.required = true, .min = 2, .max = 40});
    auto opens = r.text("opens_at", {.required = true, .min = 5, .max = 5});
    auto closes = r.text("closes_at", {.required = true, .min = 5, .max = 5});
    auto description = r.text("description", {.min = 0, .max = 300});
    bool days_ok = byday && !byday->empty();
    if (days_ok)
      for (size_t i = 0; i < byday->size(); i += 3) {
        std::string_view day = std::string_view(*byday).substr(i, 2);
        days_ok = days_ok && std::find(std::begin(kRRuleDays), std::end(kRRuleDays), day) != std::end(kRRuleDays) &&
                  (i + 2 == byday->size() || (*byday)[i + 2] == ',');
      }
    if (!row || !r.ok() || !days_ok || !is_time(*opens) || !is_time(*closes) || *closes <= *opens) {
      in.add({"schedules", FieldCode::invalid_value, "MO,TU… 09:00–17:00"});
      return std::nullopt;
    }
    json::object schedule{{"freq", "WEEKLY"}, {"byday", *byday}, {"opens_at", *opens}, {"closes_at", *closes}};
    if (description && !description->empty()) schedule["description"] = *description;
    out.push_back(std::move(schedule));
  }
  return out;
}

std::optional<json::array> read_phones(json_input::FieldReader& in) {
  const json::value* raw = in.raw("phones");
  if (!raw) return std::nullopt;
  if (!raw->is_array()) {
    in.add({"phones", FieldCode::wrong_type, "array"});
    return std::nullopt;
  }
  json::array out;
  for (const auto& item : raw->as_array()) {
    static const json::object kEmpty;
    const auto* row = item.if_object();
    json_input::FieldReader r(row ? *row : kEmpty, {"number", "extension", "description"});
    auto number = r.text("number", {.required = true, .min = 7, .max = 40});
    auto extension = r.text("extension", {.min = 0, .max = 10});
    auto description = r.text("description", {.min = 0, .max = 200});
    bool plausible = number && field_rules::is_phone_number(*number);
    if (!row || !r.ok() || !plausible) {
      in.add({"phones", FieldCode::invalid_value, "514-555-0100"});
      return std::nullopt;
    }
    json::object phone{{"number", *number}};
    if (extension && !extension->empty()) phone["extension"] = *extension;
    if (description && !description->empty()) phone["description"] = *description;
    out.push_back(std::move(phone));
  }
  return out;
}

std::optional<std::vector<std::string>> read_language_codes(json_input::FieldReader& in) {
  auto codes = in.text_list("language_codes", {.min = 2, .max = 3}, 40);
  if (!codes) return codes;
  for (auto& code : *codes) {
    for (char& ch : code) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!std::all_of(code.begin(), code.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) {
      in.add({"language_codes", FieldCode::invalid_format, "ISO 639 (fr, en, es…)"});
      return std::nullopt;
    }
  }
  return codes;
}

}  // namespace

Result<ServiceChanges> decode_service(const json::object& body, bool creating) {
  json_input::FieldReader in(body, kFields);
  ServiceChanges c;
  c.organization_id = in.id("organization_id", creating);
  c.status = in.choice("status", kServiceStatuses, false);
  c.name_fr = in.text("name_fr", {.required = creating, .min = 2, .max = 200});
  c.name_en = in.text("name_en", {.min = 0, .max = 200});
  for (auto [field, target] : {std::pair{"description_fr", &c.description_fr},
                               {"description_en", &c.description_en},
                               {"eligibility_fr", &c.eligibility_fr},
                               {"eligibility_en", &c.eligibility_en},
                               {"application_process_fr", &c.application_fr},
                               {"application_process_en", &c.application_en},
                               {"fees_fr", &c.fees_fr},
                               {"fees_en", &c.fees_en}})
    *target = in.text(field, {.min = 0, .max = 4000});
  c.url = in.text("url", {.min = 0, .max = 300});
  c.email = in.text("email", {.min = 0, .max = 254});
  c.is_free = in.boolean("is_free");
  c.minimum_age = in.integer("minimum_age", 0, 120);
  c.maximum_age = in.integer("maximum_age", 0, 120);
  c.need_ids = in.id_list("need_ids");
  c.language_codes = read_language_codes(in);
  c.territory_ids = in.id_list("territory_ids");
  c.schedules = read_schedules(in);
  c.phones = read_phones(in);
  c.waiting_list_status = in.choice("waiting_list_status", kWaitingListStatuses, false);
  c.waiting_list_delay_days = in.integer("waiting_list_delay_days", 0, 3650);
  if (!creating && c.name_fr && c.name_fr->empty()) in.add({"name_fr", FieldCode::required, {}});
  if (c.status && c.status->empty()) c.status.reset();
  if (c.waiting_list_status && c.waiting_list_status->empty()) c.waiting_list_status.reset();
  if (auto error = c.url ? field_rules::check_web_address("url", *c.url) : std::nullopt) in.add(*error);
  if (auto error = c.email ? field_rules::check_email("email", *c.email) : std::nullopt) in.add(*error);
  TRY_VOID(in.finish());
  return c;
}

}  // namespace filet::directory
