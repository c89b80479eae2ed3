#include "directory/hsds_encode.hpp"

#include <algorithm>
#include <cctype>

#include "common/ids.hpp"
#include "common/text.hpp"
#include "directory/hsds_repository.hpp"

namespace filet::directory {
namespace json = boost::json;
namespace {

json::value nullable(const std::string& s) {
  if (s.empty()) return nullptr;
  return json::string(s);
}

// The HSDS location as it came, with Filet's columns written over it.
json::object location_json(const LocationRef& l) {
  json::object location = l.document;
  location["id"] = l.id;
  if (!location.contains("location_type")) location["location_type"] = "physical";
  location["name"] = l.name;
  if (l.latitude) location["latitude"] = *l.latitude;
  if (l.longitude) location["longitude"] = *l.longitude;
  json::array addresses;
  if (auto* kept = location.if_contains("addresses"); kept && kept->is_array()) addresses = kept->as_array();
  if (addresses.empty() || !addresses.front().is_object())
    addresses.insert(addresses.begin(), json::object{{"id", ids::derived_uuid("address:" + l.id)},
                                                     {"location_id", l.id},
                                                     {"state_province", "QC"},
                                                     {"country", "CA"},
                                                     {"address_type", "physical"}});
  auto& first = addresses.front().as_object();
  first["address_1"] = l.address_1;
  first["city"] = l.city;
  first["postal_code"] = l.postal_code;
  location["addresses"] = std::move(addresses);
  return location;
}

// HSDS types its fields as plain strings and numbers: an absent value is left out, not null.
void drop_nulls(json::value& v) {
  if (auto* o = v.if_object()) {
    for (auto it = o->begin(); it != o->end();) {
      if (it->value().is_null()) {
        it = o->erase(it);
      } else {
        drop_nulls(it->value());
        ++it;
      }
    }
  } else if (auto* a = v.if_array()) {
    for (auto& item : *a) drop_nulls(item);
  }
}

json::object without_nulls(json::object o) {
  json::value v(std::move(o));
  drop_nulls(v);
  return std::move(v.as_object());
}

std::string percent_encode(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  return out;
}

// Filet keeps phone extensions as text (what people type); HSDS 3.1 wants a number.
json::array hsds_phones(json::array phones) {
  for (auto& p : phones) {
    auto* o = p.if_object();
    auto* extension = o ? o->if_contains("extension") : nullptr;
    if (!extension || !extension->is_string()) continue;
    std::string_view digits = extension->as_string();
    if (!digits.empty() && digits.size() < 10 &&
        std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
      *extension = std::stoll(std::string(digits));
    else
      o->erase("extension");
  }
  return phones;
}

json::object translations(const Service& s, bool english) {
  auto pick = [&](const Bilingual& b) { return english ? b.en : b.fr; };
  return {{"name", pick(s.name)},
          {"description", pick(s.description)},
          {"eligibility_description", pick(s.eligibility)},
          {"application_process", pick(s.application)},
          {"fees_description", pick(s.fees)}};
}

}  // namespace

json::object hsds_location(const LocationRef& l) {
  return location_json(l);
}

std::string language_name(std::string_view code, std::string_view lang) {
  static const std::map<std::string_view, std::pair<const char*, const char*>> names = {
      {"fr", {"français", "French"}},
      {"en", {"anglais", "English"}},
      {"es", {"espagnol", "Spanish"}},
      {"ar", {"arabe", "Arabic"}},
      {"ht", {"créole haïtien", "Haitian Creole"}},
      {"pt", {"portugais", "Portuguese"}},
      {"zh", {"chinois", "Chinese"}},
      {"vi", {"vietnamien", "Vietnamese"}},
      {"it", {"italien", "Italian"}},
      {"fa", {"persan", "Persian"}},
      {"ru", {"russe", "Russian"}},
      {"uk", {"ukrainien", "Ukrainian"}},
      {"ta", {"tamoul", "Tamil"}},
      {"bn", {"bengali", "Bengali"}},
      {"ur", {"ourdou", "Urdu"}},
      {"tl", {"tagalog", "Tagalog"}},
      {"ro", {"roumain", "Romanian"}},
      {"ti", {"tigrigna", "Tigrinya"}},
      {"so", {"somali", "Somali"}},
      {"sw", {"swahili", "Swahili"}},
      {"pa", {"pendjabi", "Punjabi"}},
      {"hi", {"hindi", "Hindi"}},
      {"ko", {"coréen", "Korean"}},
      {"ja", {"japonais", "Japanese"}},
      {"el", {"grec", "Greek"}},
      {"pl", {"polonais", "Polish"}},
      {"tr", {"turc", "Turkish"}},
      {"ku", {"kurde", "Kurdish"}},
      {"iu", {"inuktitut", "Inuktitut"}},
      {"cr", {"cri", "Cree"}},
      {"ne", {"népalais", "Nepali"}},
      {"am", {"amharique", "Amharic"}},
      {"ln", {"lingala", "Lingala"}},
      {"wo", {"wolof", "Wolof"}},
      {"rw", {"kinyarwanda", "Kinyarwanda"}},
      {"my", {"birman", "Burmese"}},
      {"km", {"khmer", "Khmer"}},
      {"lo", {"lao", "Lao"}},
      {"he", {"hébreu", "Hebrew"}},
      {"de", {"allemand", "German"}},
      {"hy", {"arménien", "Armenian"}},
      {"ase", {"langue des signes américaine", "American Sign Language"}},
      {"fcs", {"langue des signes québécoise", "Quebec Sign Language"}},
      {"fsl", {"langue des signes française", "French Sign Language"}},
  };
  auto it = names.find(code);
  if (it == names.end()) return std::string(code);
  return lang == "en" ? it->second.second : it->second.first;
}

Result<HsdsContext> hsds_context(db::Connection& c, std::string lang) {
  HsdsContext context;
  context.lang = std::move(lang);
  for (auto& term : TRY(all_terms(c))) context.terms.emplace(term.id, term);
  context.territory_names = TRY(hsds_repository::territory_names(c));
  return context;
}

json::object hsds_taxonomy_term(const NeedTerm& t, const HsdsContext& context) {
  bool en = context.lang == "en";
  Bilingual name{t.name_fr, t.name_en}, description{t.description_fr, t.description_en};
  json::object term{{"id", t.id},
                    {"code", nullable(t.code)},
                    {"name", name.in(context.lang)},
                    {"description", description.in(context.lang)},
                    {"parent_id", nullable(t.parent_id)},
                    {"taxonomy_id", nullable(t.taxonomy_id)},
                    {"language", en ? "en" : "fr"}};
  if (!t.open_eligibility.empty()) term["term_uri"] = "urn:openeligibility:" + percent_encode(t.open_eligibility);
  return without_nulls(std::move(term));
}

json::object hsds_service_at_location(const Service& s, const LocationRef& l, const HsdsContext& context) {
  (void)context;
  json::object out = l.service_at_location;
  out["id"] = l.service_at_location_id;
  out["service_id"] = s.id;
  out["location_id"] = l.id;
  out["location"] = location_json(l);
  return out;
}

json::object hsds_organization(const core::Organization& o) {
  json::object organization{{"id", o.id}, {"name", o.name}, {"description", ""}};
  if (!o.email.empty()) organization["email"] = o.email;
  if (!o.website.empty()) organization["website"] = o.website;
  if (!o.phone.empty())
    organization["phones"] = json::array{
        json::object{{"id", ids::derived_uuid("phone:" + o.id)}, {"organization_id", o.id}, {"number", o.phone}}};
  return organization;
}

json::object hsds_service(const Service& s, const HsdsContext& context) {
  const std::string& lang = context.lang;
  // Start from the HSDS fields kept as they came, then write Filet's own over them.
  json::object out = s.document;
  out["id"] = s.id;
  out["organization_id"] = s.organization_id;
  out["name"] = s.name.in(lang);
  out["description"] = s.description.in(lang);
  out["eligibility_description"] = s.eligibility.in(lang);
  out["application_process"] = s.application.in(lang);
  out["fees_description"] = s.fees.in(lang);
  out["status"] = s.status;
  out["url"] = nullable(s.url);
  out["email"] = nullable(s.email);
  out["minimum_age"] = s.minimum_age ? json::value(*s.minimum_age) : json::value(nullptr);
  out["maximum_age"] = s.maximum_age ? json::value(*s.maximum_age) : json::value(nullptr);
  out["assured_date"] = s.verified_at.empty() ? json::value(nullptr) : json::value(s.verified_at.substr(0, 10));
  out["last_modified"] = s.updated_at;
  if (auto* phones = out.if_contains("phones"); phones && phones->is_array()) *phones = hsds_phones(phones->as_array());
  json::object organization = s.organization_document;
  organization["id"] = s.organization_id;
  organization["name"] = s.organization_name;
  if (!organization.contains("description")) organization["description"] = "";
  out["organization"] = std::move(organization);

  // Languages and need attributes that came from an import are written back as they came, as long
  // as the service still has that language or need; Filet writes the others.
  auto kept_field = [](const json::value& item, std::string_view key) {
    const auto* o = item.if_object();
    const auto* v = o ? o->if_contains(key) : nullptr;
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  };
  json::array languages;
  if (const auto* imported = s.document.if_contains("languages"); imported && imported->is_array())
    for (const auto& l : imported->as_array())
      if (std::find(s.language_codes.begin(), s.language_codes.end(), text::lower_ascii(kept_field(l, "code"))) !=
          s.language_codes.end())
        languages.push_back(l);
  for (const auto& code : s.language_codes) {
    if (std::any_of(languages.begin(), languages.end(),
                    [&](const json::value& l) { return text::lower_ascii(kept_field(l, "code")) == code; }))
      continue;
    languages.push_back({{"id", ids::derived_uuid("language:" + s.id + ":" + code)},
                         {"service_id", s.id},
                         {"name", language_name(code, lang)},
                         {"code", code}});
  }
  out["languages"] = std::move(languages);

  // Areas and attributes Filet could not match on import come first, as they came.
  auto kept = [&](std::string_view key) {
    const auto* v = s.document.if_contains(key);
    return v && v->is_array() ? v->as_array() : json::array{};
  };
  json::array areas = kept("service_areas");
  for (const auto& territory_id : s.territory_ids) {
    auto name = context.territory_names.find(territory_id);
    areas.push_back({{"id", ids::derived_uuid("area:" + s.id + ":" + territory_id)},
                     {"service_id", s.id},
                     {"name", name == context.territory_names.end() ? territory_id : name->second},
                     {"uri", "filet:territory:" + territory_id}});
  }
  out["service_areas"] = std::move(areas);

  // An attribute names its term by taxonomy_term_id, or only inside its embedded taxonomy_term.
  auto term_of = [&](const json::value& a) {
    std::string id = kept_field(a, "taxonomy_term_id");
    const auto* o = a.if_object();
    if (id.empty() && o && o->contains("taxonomy_term")) id = kept_field(o->at("taxonomy_term"), "id");
    return id;
  };
  json::array attributes;
  for (const auto& a : kept("attributes")) {
    std::string term = term_of(a);
    bool dropped_need = context.terms.contains(term) &&
                        std::none_of(s.needs.begin(), s.needs.end(), [&](const NeedRef& n) { return n.id == term; });
    if (!dropped_need) attributes.push_back(a);
  }
  for (const auto& need : s.needs) {
    if (std::any_of(attributes.begin(), attributes.end(), [&](const json::value& a) { return term_of(a) == need.id; }))
      continue;
    json::object attribute{{"id", ids::derived_uuid("need:" + s.id + ":" + need.id)},
                           {"link_id", s.id},
                           {"link_type", "service"},
                           {"link_entity", "service"},
                           {"taxonomy_term_id", need.id}};
    auto term = context.terms.find(need.id);
    if (term != context.terms.end()) attribute["taxonomy_term"] = hsds_taxonomy_term(term->second, context);
    attributes.push_back(std::move(attribute));
  }
  out["attributes"] = std::move(attributes);

  json::array at_locations;
  for (const auto& l : s.locations) at_locations.push_back(hsds_service_at_location(s, l, context));
  out["service_at_locations"] = std::move(at_locations);

  json::object waiting{{"status", s.waiting_list_status},
                       {"delay_days", s.waiting_list_delay_days ? json::value(*s.waiting_list_delay_days) : nullptr},
                       {"as_of", nullable(s.waiting_list_as_of)}};
  out["x_filet"] = json::object{{"translations", {{"fr", translations(s, false)}, {"en", translations(s, true)}}},
                                {"is_free", s.is_free},
                                {"waiting_list", std::move(waiting)},
                                {"verified_at", nullable(s.verified_at)},
                                {"verified_by", nullable(s.verified_by)}};
  return without_nulls(std::move(out));
}

}  // namespace filet::directory
