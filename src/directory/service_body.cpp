#include "directory/service_body.hpp"

#include "common/fields.hpp"
#include "directory/service_fields.hpp"

namespace filet::directory {
namespace json = boost::json;
namespace {

bool is_time(std::string_view t) {
  return t.size() == 5 && t[2] == ':' && std::isdigit(t[0]) && std::isdigit(t[1]) && std::isdigit(t[3]) &&
         std::isdigit(t[4]) && (t[0] - '0') * 10 + (t[1] - '0') < 24 && t[3] < '6';
}

// Rows of {byday, opens_at, closes_at, description} as HSDS weekly schedules.
std::optional<json::array> read_schedules(fields::Reader& in) {
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
    fields::Reader r(row ? *row : kEmpty, kScheduleFields, fields::Mode::create);
    auto byday = r.text("byday");
    auto opens = r.text("opens_at");
    auto closes = r.text("closes_at");
    auto description = r.text("description");
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

std::optional<json::array> read_phones(fields::Reader& in) {
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
    fields::Reader r(row ? *row : kEmpty, kPhoneFields, fields::Mode::create);
    auto number = r.text("number");  // a plausible phone number: the field's format
    auto extension = r.text("extension");
    auto description = r.text("description");
    if (!row || !r.ok() || !number) {
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

std::optional<std::vector<std::string>> read_language_codes(fields::Reader& in) {
  auto codes = in.list("language_codes");
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
  fields::Reader in(body, kServiceFields, creating ? fields::Mode::create : fields::Mode::update);
  ServiceChanges c;
  c.organization_id = in.text("organization_id");
  c.status = in.text("status");
  c.name_fr = in.text("name_fr");
  c.name_en = in.text("name_en");
  for (auto [field, target] : {std::pair{"description_fr", &c.description_fr},
                               {"description_en", &c.description_en},
                               {"eligibility_fr", &c.eligibility_fr},
                               {"eligibility_en", &c.eligibility_en},
                               {"application_process_fr", &c.application_fr},
                               {"application_process_en", &c.application_en},
                               {"fees_fr", &c.fees_fr},
                               {"fees_en", &c.fees_en}})
    *target = in.text(field);
  c.url = in.text("url");
  c.email = in.text("email");
  c.is_free = in.boolean("is_free");
  c.minimum_age = in.integer("minimum_age");
  c.maximum_age = in.integer("maximum_age");
  c.need_ids = in.list("need_ids");
  c.language_codes = read_language_codes(in);
  c.territory_ids = in.list("territory_ids");
  c.schedules = read_schedules(in);
  c.phones = read_phones(in);
  c.waiting_list_status = in.text("waiting_list_status");
  c.waiting_list_delay_days = in.integer("waiting_list_delay_days");
  if (c.status && c.status->empty()) c.status.reset();
  if (c.waiting_list_status && c.waiting_list_status->empty()) c.waiting_list_status.reset();
  TRY_VOID(in.finish());
  return c;
}

}  // namespace filet::directory
