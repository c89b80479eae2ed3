#include "demo/demo_journal.hpp"

#include <array>
#include <map>
#include <random>
#include <tuple>

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/user_service.hpp"
#include "demo/demo_network.hpp"
#include "journal/networking_repository.hpp"
#include "journal/outreach_repository.hpp"

namespace filet::demo {
namespace json = boost::json;
namespace {

constexpr uint32_t kSeed = 20260401;    // the same entries at every `filet demo`
constexpr int kOutreachPerTeam = 133;   // about 2,000 over the program's 15 host organizations
constexpr int kNetworkingPerTeam = 40;  // about 600

// Fictional names of the outreach workers and managers, one pair per host organization.
constexpr std::array<std::array<std::string_view, 2>, 16> kNames{{
    {"Karine Dufresne", "Luc Bélanger"},
    {"Samira Haddad", "Jean-François Roy"},
    {"Émilie Tremblay", "Patrice Nadeau"},
    {"Fatou Diallo", "Chantal Morin"},
    {"Olivier Paquette", "Hélène Gingras"},
    {"Nadia Benali", "Robert Caron"},
    {"Julie Lemieux", "Daniel Fortin"},
    {"Amina Kaddour", "Sylvie Bergeron"},
    {"Maxime Lévesque", "Louise Poirier"},
    {"Catherine Girard", "Stéphane Dubé"},
    {"Rosalie Côté-Martin", "François Lapointe"},
    {"Yasmine Cherif", "Martine Fournier"},
    {"Gabrielle Thibault", "Denis Ouellette"},
    {"Sarah Pelletier", "Marc Lachance"},
    {"Léa Boucher", "André Simard"},
    {"Inès Mansour", "Josée Vachon"},
}};

std::string text(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

// Weighted picks from a fixed-seed generator (the same stream on every machine: no
// std::distribution, whose results differ between standard libraries).
struct Dice {
  std::mt19937 engine{kSeed};
  uint32_t below(uint32_t n) { return engine() % n; }
  template <size_t N>
  std::string_view pick(const std::array<std::pair<std::string_view, int>, N>& weighted) {
    int total = 0;
    for (const auto& [_, w] : weighted) total += w;
    int roll = static_cast<int>(below(static_cast<uint32_t>(total)));
    for (const auto& [value, w] : weighted) {
      if (roll < w) return value;
      roll -= w;
    }
    return weighted.front().first;
  }
};

using Weights = std::array<std::pair<std::string_view, int>, 11>;
// Seed 003: in the city, presence in parks and streets; in rural places, via community
// organizations, municipalities and collective activities.
constexpr Weights kUrbanStrategies{{{"parks", 18},
                                    {"streets", 12},
                                    {"community_organizations", 12},
                                    {"collective_activities", 11},
                                    {"known_families", 10},
                                    {"health_social_services_staff", 8},
                                    {"schools", 8},
                                    {"shops", 7},
                                    {"social_media", 6},
                                    {"other_outreach_work", 5},
                                    {"municipalities", 3}}};
constexpr Weights kRuralStrategies{{{"parks", 4},
                                    {"streets", 2},
                                    {"community_organizations", 20},
                                    {"collective_activities", 14},
                                    {"known_families", 12},
                                    {"health_social_services_staff", 10},
                                    {"schools", 8},
                                    {"shops", 4},
                                    {"social_media", 10},
                                    {"other_outreach_work", 2},
                                    {"municipalities", 14}}};

std::string_view place_type_of(std::string_view strategy) {
  static const std::map<std::string_view, std::string_view> places{
      {"parks", "park"},
      {"streets", "street"},
      {"schools", "school"},
      {"shops", "shop"},
      {"community_organizations", "community_organization"},
      {"collective_activities", "collective_activity"},
      {"health_social_services_staff", "health_social_services"},
      {"municipalities", "municipal_place"},
      {"social_media", "online"},
      {"known_families", "housing_site"},
      {"other_outreach_work", "street"}};
  return places.at(strategy);
}

constexpr std::array<std::string_view, 8> kUrbanPlaces{
    "Parc du quartier",         "Rue commerçante",      "Habitations (HLM)", "Abords de l’école",
    "Métro et arrêt d’autobus", "Centre communautaire", "Bibliothèque",      "Épicerie"};
constexpr std::array<std::string_view, 8> kRuralPlaces{"Cœur du village", "Salle municipale",   "Rang et chemin",
                                                       "Halte-garderie",  "Marché public",      "Église et sous-sol",
                                                       "Terrain de jeux", "Épicerie du village"};
constexpr std::array<std::string_view, 6> kTypedPartners{"Comptoir alimentaire du quartier",
                                                         "Paroisse et comité d’entraide",
                                                         "Club de l’âge d’or",
                                                         "Friperie solidaire",
                                                         "Maison des jeunes",
                                                         "Association des parents de l’école"};
constexpr std::array<std::pair<std::string_view, int>, 5> kCategories{{{"community_organizations", 34},
                                                                       {"round_tables", 18},
                                                                       {"health_social_services", 20},
                                                                       {"childcare_education", 16},
                                                                       {"known_families", 12}}};
constexpr std::array<std::pair<std::string_view, int>, 6> kActivities{{{"meeting", 30},
                                                                       {"presentation", 14},
                                                                       {"information_session", 12},
                                                                       {"round_table_meeting", 14},
                                                                       {"phone_or_email", 20},
                                                                       {"joint_activity", 10}}};
constexpr std::array<std::pair<std::string_view, int>, 3> kParticipants{
    {{"outreach_worker", 60}, {"both", 25}, {"manager", 15}}};

std::string date_back(const std::string& today, int days) {
  return clock::add_days(today, -days).value_or(today);
}

}  // namespace

Result<std::vector<OutreachTeam>> add_outreach_teams(db::Pool& pool, const audit::Actor& actor,
                                                     const json::object& network,
                                                     const std::map<std::string, std::string>& organization_ids,
                                                     const std::map<std::string, std::string>& territory_ids,
                                                     const std::map<std::string, std::string>& user_ids) {
  std::map<std::string, std::string> settings, sectors;  // by key
  for (const auto& t : network.at("territories").as_array())
    settings[text(t.as_object(), "key")] = text(t.as_object(), "setting");
  std::map<std::string, std::vector<std::string>> territories_of;
  for (const auto& o : network.at("organizations").as_array()) {
    sectors[text(o.as_object(), "key")] = text(o.as_object(), "sector");
    for (const auto& t : o.as_object().at("territories").as_array())
      territories_of[text(o.as_object(), "key")].emplace_back(t.as_string());
  }
  // Accounts the demo already has, by organization and role.
  std::map<std::pair<std::string, std::string>, std::string> existing;
  for (const auto& u : network.at("users").as_array())
    for (const auto& m : u.as_object().at("memberships").as_array())
      existing[{text(m.as_object(), "organization"), text(m.as_object(), "role")}] =
          user_ids.at(text(u.as_object(), "email"));

  core::UserService users(pool);
  std::vector<OutreachTeam> teams;
  size_t n = 0;
  for (const auto& p : network.at("programs").as_array()) {
    if (text(p.as_object(), "key") != kOutreachProgram) continue;
    for (const auto& k : p.as_object().at("organizations").as_array()) {
      std::string key(k.as_string());
      if (sectors[key] == "round_table" || sectors[key] == "other") continue;  // the committee, the evaluators
      OutreachTeam team{key, organization_ids.at(key), settings[territories_of[key].front()], {}, {}, {}};
      for (const auto& t : territories_of[key]) team.territory_ids.push_back(territory_ids.at(t));
      const auto& names = kNames.at(n++ % kNames.size());
      for (auto [role, prefix, name] :
           {std::tuple{auth::Role::practitioner, "ptp.", names[0]}, std::tuple{auth::Role::manager, "pg.", names[1]}}) {
        std::string& id = role == auth::Role::practitioner ? team.worker_id : team.manager_id;
        if (auto it = existing.find({key, std::string(auth::role_name(role))}); it != existing.end()) {
          id = it->second;
          continue;
        }
        core::UserChanges changes;
        changes.email = prefix + key + "@demo.filet";
        changes.name = std::string(name);
        changes.locale = "fr";
        changes.password = std::string(kDemoPassword);
        changes.is_admin = false;
        changes.memberships = std::vector<core::MembershipChange>{{team.organization_id, role}};
        id = TRY(users.create(actor, changes)).id;
      }
      teams.push_back(std::move(team));
    }
  }
  return teams;
}

Result<JournalDemoSummary> load_demo_journal(db::Pool& pool, const std::vector<OutreachTeam>& teams,
                                             const std::map<std::string, std::string>& organization_ids) {
  Dice dice;
  JournalDemoSummary summary;
  std::string today = clock::now_iso().substr(0, 10);
  std::string now = clock::now_iso();
  std::vector<std::string> partners;
  for (const auto& [key, id] : organization_ids) partners.push_back(id);
  auto host = auth::ScopeIssuer::for_host();
  auto c = TRY(pool.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = host.on(*c);
  for (const auto& team : teams) {
    bool rural = team.setting == "rural";
    bool mixed = team.setting == "mixed";
    const auto& places = rural ? kRuralPlaces : kUrbanPlaces;
    for (int i = 0; i < kOutreachPerTeam; ++i) {
      journal::OutreachEntry e;
      e.id = ids::new_uuid();
      e.organization_id = team.organization_id;
      e.worker_id = team.worker_id;
      // Spread over the last 12 months; the first few in the last days, so My day is not empty.
      e.entry_date = date_back(today, i < 4 ? static_cast<int>(i) : static_cast<int>(dice.below(365)));
      e.created_at = e.updated_at = now;
      bool city = mixed ? dice.below(2) == 0 : !rural;
      e.strategy = std::string(dice.pick(city ? kUrbanStrategies : kRuralStrategies));
      e.place_type = std::string(place_type_of(e.strategy));
      e.territory_id = team.territory_ids.at(dice.below(static_cast<uint32_t>(team.territory_ids.size())));
      e.place = e.strategy == "social_media" ? "" : std::string(places.at(dice.below(places.size())));
      e.duration_minutes = 30 + 15 * static_cast<int64_t>(dice.below(11));
      bool busy = e.strategy == "parks" || e.strategy == "collective_activities" || e.strategy == "schools";
      e.parents_reached = dice.below(busy ? 12 : 6);
      e.fathers_reached = e.parents_reached == 0 ? 0 : dice.below(static_cast<uint32_t>(e.parents_reached / 3 + 1));
      e.children_seen = e.parents_reached == 0 ? 0 : dice.below(static_cast<uint32_t>(e.parents_reached * 3 / 2 + 1));
      e.new_families =
          e.parents_reached == 0 ? 0 : dice.below(static_cast<uint32_t>(std::min<int64_t>(e.parents_reached, 3) + 1));
      e.efficacy = 1 + dice.below(3) + (e.strategy == "known_families" || e.strategy == "parks" ? dice.below(2) : 0);
      if (dice.below(5) == 0) e.note = "Familles intéressées par les activités parents-enfants.";
      if (TRY(journal::outreach_repository::insert(scoped, e))) ++summary.outreach;
    }
    for (int i = 0; i < kNetworkingPerTeam; ++i) {
      journal::NetworkingEntry e;
      e.id = ids::new_uuid();
      e.organization_id = team.organization_id;
      e.participants = std::string(dice.pick(kParticipants));
      e.worker_id = e.participants == "manager" ? team.manager_id : team.worker_id;
      e.entry_date = date_back(today, i < 2 ? i : static_cast<int>(dice.below(365)));
      e.created_at = e.updated_at = now;
      e.category = std::string(dice.pick(kCategories));
      if (rural && e.category == "childcare_education" && dice.below(2) == 0) e.category = "round_tables";
      e.activity = std::string(dice.pick(kActivities));
      if (dice.below(5) < 3) {
        e.partner_organization_id = partners.at(dice.below(static_cast<uint32_t>(partners.size())));
        if (e.partner_organization_id == team.organization_id) e.partner_organization_id = partners.front();
      } else {
        e.partner_name = std::string(kTypedPartners.at(dice.below(kTypedPartners.size())));
      }
      e.efficacy = 2 + dice.below(3);
      if (dice.below(4) == 0) e.note = "Suivi prévu au prochain comité.";
      if (TRY(journal::networking_repository::insert(scoped, e))) ++summary.networking;
    }
  }
  TRY_VOID(tx.commit());
  return summary;
}

}  // namespace filet::demo
