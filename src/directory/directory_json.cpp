#include "directory/directory_json.hpp"

#include "common/text.hpp"
#include "core/json_output.hpp"
#include "directory/hsds_encode.hpp"

namespace filet::directory {
namespace json = boost::json;
namespace {

json::value optional_number(const std::optional<int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::object waiting_list_json(const Service& s) {
  return {{"status", s.waiting_list_status},
          {"delay_days", optional_number(s.waiting_list_delay_days)},
          {"as_of", core::nullable(s.waiting_list_as_of)}};
}

json::array kept_array(const Service& s, std::string_view key) {
  const auto* v = s.document.if_contains(key);
  return v && v->is_array() ? v->as_array() : json::array{};
}

// The service's addresses as a family reads them (no coordinates).
json::array addresses_json(const Service& s) {
  json::array out;
  for (const auto& l : s.locations)
    out.push_back({{"name", l.name}, {"address_1", l.address_1}, {"city", l.city}, {"postal_code", l.postal_code}});
  return out;
}

json::array languages_json(const Service& s, const std::string& lang) {
  json::array out;
  for (const auto& code : s.language_codes) out.push_back({{"code", code}, {"name", language_name(code, lang)}});
  return out;
}

// The HSDS phones that have a number to call, in order (copies: kept_array gives a copy too).
std::vector<json::object> callable_phones(const Service& s) {
  std::vector<json::object> out;
  for (const auto& p : kept_array(s, "phones"))
    if (const auto* o = p.if_object(); o && o->contains("number") && o->at("number").is_string()) out.push_back(*o);
  return out;
}

// Cuts at a word boundary under `limit` bytes, without splitting a UTF-8 character.
std::string shorten(const std::string& text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t cut = text.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return text.substr(0, cut) + " …";
}

}  // namespace

json::object need_json(const NeedTerm& t) {
  return {{"id", t.id},
          {"code", t.code},
          {"parent_id", core::nullable(t.parent_id)},
          {"name_fr", t.name_fr},
          {"name_en", t.name_en},
          {"description_fr", t.description_fr},
          {"description_en", t.description_en},
          {"open_eligibility", core::nullable(t.open_eligibility)}};
}

json::object summary_json(const Service& s, const std::string& lang, std::optional<double> distance_km) {
  json::array needs, languages;
  for (const auto& n : s.needs) needs.push_back({{"code", n.code}, {"name", Bilingual{n.name_fr, n.name_en}.in(lang)}});
  for (const auto& code : s.language_codes) languages.push_back(json::string(code));
  // The first phone, so a result can be called from the list (one tap instead of three).
  json::value phone = nullptr;
  if (auto phones = callable_phones(s); !phones.empty()) {
    const auto& o = phones.front();
    phone =
        json::object{{"number", o.at("number")}, {"extension", o.contains("extension") ? o.at("extension") : nullptr}};
  }
  json::value distance = nullptr;
  if (distance_km) distance = std::round(*distance_km * 10) / 10;
  return {{"id", s.id},
          {"name", s.name.in(lang)},
          {"description", shorten(s.description.in(lang), 240)},
          {"organization", {{"id", s.organization_id}, {"name", s.organization_name}}},
          {"needs", std::move(needs)},
          {"languages", std::move(languages)},
          {"is_free", s.is_free},
          {"waiting_list", waiting_list_json(s)},
          {"verified_at", core::nullable(s.verified_at)},
          {"distance_km", distance},
          {"phone", std::move(phone)},
          {"schedules", kept_array(s, "schedules")},
          {"locations", addresses_json(s)}};
}

json::object service_json(const Service& s, const std::string& lang, bool can_edit) {
  json::array needs, locations, territory_ids, documents;
  for (const auto& n : s.needs)
    needs.push_back({{"id", n.id}, {"code", n.code}, {"name_fr", n.name_fr}, {"name_en", n.name_en}});
  for (const auto& l : s.locations) {
    json::object location{
        {"id", l.id}, {"name", l.name}, {"address_1", l.address_1}, {"city", l.city}, {"postal_code", l.postal_code}};
    location["latitude"] = l.latitude ? json::value(*l.latitude) : json::value(nullptr);
    location["longitude"] = l.longitude ? json::value(*l.longitude) : json::value(nullptr);
    locations.push_back(std::move(location));
  }
  for (const auto& t : s.territory_ids) territory_ids.push_back(json::string(t));
  for (const auto& d : kept_array(s, "required_documents"))
    if (const auto* o = d.if_object(); o && o->contains("document") && o->at("document").is_string())
      documents.push_back(o->at("document"));
  return {{"id", s.id},
          {"organization", {{"id", s.organization_id}, {"name", s.organization_name}}},
          {"status", s.status},
          {"name", s.name.in(lang)},
          {"name_fr", s.name.fr},
          {"name_en", s.name.en},
          {"description", s.description.in(lang)},
          {"description_fr", s.description.fr},
          {"description_en", s.description.en},
          {"eligibility", s.eligibility.in(lang)},
          {"eligibility_fr", s.eligibility.fr},
          {"eligibility_en", s.eligibility.en},
          {"application_process_fr", s.application.fr},
          {"application_process_en", s.application.en},
          {"fees_fr", s.fees.fr},
          {"fees_en", s.fees.en},
          {"is_free", s.is_free},
          {"minimum_age", optional_number(s.minimum_age)},
          {"maximum_age", optional_number(s.maximum_age)},
          {"url", core::nullable(s.url)},
          {"email", core::nullable(s.email)},
          {"needs", std::move(needs)},
          {"languages", languages_json(s, lang)},
          {"schedules", kept_array(s, "schedules")},
          {"locations", std::move(locations)},
          {"phones", kept_array(s, "phones")},
          {"contacts", kept_array(s, "contacts")},
          {"required_documents", std::move(documents)},
          {"territory_ids", std::move(territory_ids)},
          {"waiting_list", waiting_list_json(s)},
          {"verified_at", core::nullable(s.verified_at)},
          {"verified_by", core::nullable(s.verified_by)},
          {"can_edit", can_edit},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at},
          {"version", s.version}};
}

json::object public_service_json(const Service& s, const std::string& lang) {
  json::array needs, phones;
  for (const auto& n : s.needs) needs.push_back(json::string(Bilingual{n.name_fr, n.name_en}.in(lang)));
  // Phones as numbers and their kind only: a phone's HSDS object may name a person.
  for (const auto& o : callable_phones(s)) {
    json::object phone{{"number", o.at("number")}};
    for (const char* key : {"extension", "type"})
      if (o.contains(key)) phone[key] = o.at(key);
    phones.push_back(std::move(phone));
  }
  return {{"id", s.id},
          {"lang", lang},
          {"status", s.status},
          {"name", s.name.in(lang)},
          {"organization", s.organization_name},
          {"description", s.description.in(lang)},
          {"eligibility", s.eligibility.in(lang)},
          {"application_process", s.application.in(lang)},
          {"fees", s.fees.in(lang)},
          {"is_free", s.is_free},
          {"minimum_age", optional_number(s.minimum_age)},
          {"maximum_age", optional_number(s.maximum_age)},
          {"url", core::nullable(s.url)},
          {"email", core::nullable(s.email)},
          {"needs", std::move(needs)},
          {"languages", languages_json(s, lang)},
          {"schedules", kept_array(s, "schedules")},
          {"locations", addresses_json(s)},
          {"phones", std::move(phones)},
          {"waiting_list", waiting_list_json(s)}};
}

}  // namespace filet::directory
