#include "directory/demo_directory.hpp"

#include <boost/json.hpp>
#include <chrono>

#include "audit/audit_log.hpp"
#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/organization_repository.hpp"
#include "db/pool.hpp"
#include "directory/demo_directory_data.hpp"
#include "directory/need_taxonomy.hpp"
#include "directory/public_page_repository.hpp"
#include "directory/service_repository.hpp"

namespace filet::directory {
namespace json = boost::json;
namespace {

std::string str(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::optional<int64_t> number(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (!v || !v->is_number()) return std::nullopt;
  return static_cast<int64_t>(v->to_number<double>());
}

std::string days_ago(int64_t days) {
  auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() - std::chrono::hours(24 * days));
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S.000Z", &tm);
  return buf;
}

json::array with_ids(const json::object& item, std::string_view key, const std::string& service_id) {
  json::array out;
  if (const auto* list = item.if_contains(key); list && list->is_array())
    for (const auto& entry : list->as_array()) {
      json::object o = entry.as_object();
      o["id"] = ids::new_uuid();
      o["service_id"] = service_id;
      if (key == "schedules") o["freq"] = "WEEKLY";
      out.push_back(std::move(o));
    }
  return out;
}

}  // namespace

Result<void> install_postal_centroids(db::Connection& c) {
  auto rows = TRY(c.query("SELECT COUNT(*) FROM postal_centroids"));
  if (rows.front().integer(0) > 0) return {};
  const json::value centroids = json::parse(kPostalCentroidsJson);
  for (const auto& item : centroids.as_array()) {
    const auto& o = item.as_object();
    TRY_VOID(
        c.execute("INSERT INTO postal_centroids (fsa, latitude, longitude) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                  {str(o, "fsa"), o.at("latitude").to_number<double>(), o.at("longitude").to_number<double>()}));
  }
  return {};
}

Result<size_t> load_demo_directory(db::Connection& c, const std::map<std::string, std::string>& organization_ids) {
  std::map<std::string, NeedTerm> terms_by_code;
  for (auto& t : TRY(all_terms(c))) terms_by_code.emplace(t.code, t);
  auto tx = TRY(db::Transaction::begin(c));
  auto hierarchies = TRY(service_repository::load_hierarchies(c));
  const db::Scope host = auth::ScopeIssuer::for_host();  // `filet demo`, on the command line
  auto scoped = host.on(c);
  size_t count = 0;
  std::string now = clock::now_iso();
  const json::value templates = json::parse(kDemoDirectoryJson);  // must outlive the loop
  for (const auto& item_value : templates.as_array()) {
    const auto& item = item_value.as_object();
    auto organization = core::organization_repository::find(c, organization_ids.at(str(item, "organization")));
    if (!organization) return std::unexpected(organization.error());
    Service s;
    s.id = ids::new_uuid();
    s.organization_id = organization->id;
    s.organization_name = organization->name;
    s.name = {str(item, "name_fr"), str(item, "name_en")};
    s.description = {str(item, "description_fr"), str(item, "description_en")};
    s.eligibility = {str(item, "eligibility_fr"), str(item, "eligibility_en")};
    s.application = {str(item, "application_process_fr"), str(item, "application_process_en")};
    s.fees = {str(item, "fees_fr"), str(item, "fees_en")};
    s.is_free = item.contains("is_free") && item.at("is_free").as_bool();
    s.minimum_age = number(item, "minimum_age");
    s.maximum_age = number(item, "maximum_age");
    for (const auto& code : item.at("needs").as_array()) {
      const auto& t = terms_by_code.at(std::string(code.as_string()));
      s.needs.push_back({t.id, t.code, t.name_fr, t.name_en});
    }
    for (const auto& code : item.at("languages").as_array()) s.language_codes.emplace_back(code.as_string());
    for (const auto& t : organization->territories) s.territory_ids.push_back(t.id);
    s.document["schedules"] = with_ids(item, "schedules", s.id);
    s.document["phones"] = with_ids(item, "phones", s.id);
    if (const auto* waiting = item.if_contains("waiting_list"); waiting && waiting->is_object()) {
      s.waiting_list_status = str(waiting->as_object(), "status");
      s.waiting_list_delay_days = number(waiting->as_object(), "delay_days");
      s.waiting_list_as_of = days_ago(12).substr(0, 10);
    }
    if (auto verified = number(item, "verified_days_ago")) {
      s.verified_at = days_ago(*verified);
      s.verified_by = "Équipe de démonstration";
    }
    if (const auto* place = item.if_contains("location"); place && place->is_object()) {
      const auto& l = place->as_object();
      LocationRef location{ids::new_uuid(),       str(l, "name"), str(l, "address_1"), str(l, "city"),
                           str(l, "postal_code"), std::nullopt,   std::nullopt,        ids::new_uuid()};
      if (l.contains("latitude")) location.latitude = l.at("latitude").to_number<double>();
      if (l.contains("longitude")) location.longitude = l.at("longitude").to_number<double>();
      TRY_VOID(
          c.execute("INSERT INTO locations (id, organization_id, name, address_1, city, postal_code, latitude, "
                    "longitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    {location.id, s.organization_id, location.name, location.address_1, location.city,
                     location.postal_code, location.latitude ? db::Value{*location.latitude} : db::Value{},
                     location.longitude ? db::Value{*location.longitude} : db::Value{}}));
      s.locations.push_back(std::move(location));
    }
    s.created_at = s.updated_at = now;
    TRY_VOID(service_repository::save(scoped, s, true, hierarchies));
    TRY_VOID(audit::record(c, {"", "filet demo", ""}, {"create", "service", s.id, s.organization_id}));
    ++count;
  }
  // One demo organization shows how a public page and its QR code reach a family.
  if (auto mfmn = organization_ids.find("mf-mn"); mfmn != organization_ids.end())
    TRY_VOID(public_page_repository::enable(c, mfmn->second, "filet demo", now));
  TRY_VOID(tx.commit());
  return count;
}

}  // namespace filet::directory
