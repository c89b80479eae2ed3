#include "demo/demo_families.hpp"

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "auth/policy.hpp"
#include "common/ids.hpp"
#include "demo/demo_families_repository.hpp"
#include "families/dates.hpp"
#include "families/entry_repository.hpp"
#include "families/family_code.hpp"
#include "families/family_repository.hpp"
#include "families/identity_repository.hpp"

namespace filet::demo {
namespace {

using families::Family;

// A fixed seed: the same demo every time.
class Dice {
 public:
  explicit Dice(uint64_t seed) : rng_(seed) {}
  uint64_t next() { return rng_(); }
  int64_t between(int64_t low, int64_t high) { return low + static_cast<int64_t>(rng_() % (high - low + 1)); }
  bool chance(int percent) { return static_cast<int>(rng_() % 100) < percent; }
  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[rng_() % items.size()];
  }
  // One of `items`, each as likely as its weight.
  std::string weighted(const std::vector<std::pair<std::string, int>>& items) {
    int total = 0;
    for (const auto& [code, weight] : items) total += weight;
    int roll = static_cast<int>(rng_() % total);
    for (const auto& [code, weight] : items) {
      if (roll < weight) return code;
      roll -= weight;
    }
    return items.back().first;
  }

 private:
  std::mt19937_64 rng_;
};

// Seed 003: parks and streets in the city, organizations and municipalities in rural places.
const std::vector<std::pair<std::string, int>> kUrbanStrategies{{"parks", 6},
                                                                {"streets", 4},
                                                                {"community_organizations", 4},
                                                                {"collective_activities", 4},
                                                                {"known_families", 2},
                                                                {"schools", 2},
                                                                {"shops", 2},
                                                                {"health_social_services_staff", 2},
                                                                {"social_media", 1}};
const std::vector<std::pair<std::string, int>> kRuralStrategies{{"community_organizations", 6},
                                                                {"municipalities", 4},
                                                                {"health_social_services_staff", 4},
                                                                {"known_families", 4},
                                                                {"collective_activities", 2},
                                                                {"schools", 2},
                                                                {"social_media", 2},
                                                                {"parks", 1}};
const std::vector<std::string> kUrbanLanguages{"fr", "ar", "es", "ht", "en", "fa", "pt", "zh", "ta", "ru"};
const std::vector<std::string> kModes{"home_visit",   "phone",           "text_message",
                                      "in_community", "at_organization", "accompanied_to_service"};
const std::vector<std::string> kElements{"active_listening", "basic_needs_procedures", "welcome",
                                         "parental_empowerment"};
const std::vector<std::string> kObstacles{
    "parents_personal_difficulties", "language",          "transport",
    "mistrust_of_services",          "fear_of_judgement", "unfamiliarity_with_resources"};
const std::vector<std::string> kClosingReasons{"needs_met", "referred_elsewhere", "family_withdrew", "moved_away",
                                               "unreachable"};
const std::vector<std::string> kStatuses{"citizen", "permanent_resident", "refugee", "refugee_claimant",
                                         "temporary_worker"};
const std::vector<std::string> kNotes{
    "Suivi prévu la semaine prochaine.", "La famille souhaite revenir au café-rencontre.",
    "Accompagnement vers la halte-garderie.", "Discussion sur les ressources du quartier."};
// Fictitious names for the few demo identities.
const std::vector<std::string> kGivenNames{"Amina", "Jean", "Sofia", "Mamadou", "Léa", "Karim", "Nadia", "Luis"};
const std::vector<std::string> kFamilyNames{"Exemple", "Fictif", "Démo", "Modèle", "Essai"};

std::string at_time(const std::string& day, const char* time) {
  return day + "T" + time + ".000Z";
}

struct Generated {
  Family family;
  std::vector<families::Consent> consents;
  std::vector<families::Contact> contacts;
  std::vector<families::CheckIn> check_ins;
};

Generated generate(int i, const DemoHost& host, const std::vector<DemoHost>& hosts,
                   const std::vector<std::string>& workers, const std::vector<std::string>& needs,
                   const std::string& today, Dice& dice) {
  Generated g;
  Family& f = g.family;
  bool urban = host.setting == "urban";
  f.id = ids::derived_uuid("demo-family-" + std::to_string(i));
  f.organization_id = host.organization_id;
  f.territory_id = host.territory_id;
  f.single_parent = dice.chance(30);
  f.adults = f.single_parent ? 1 : 2;
  f.father_involved = dice.chance(f.single_parent ? 10 : 55);
  int children = static_cast<int>(dice.between(1, 3));
  int64_t year = std::stoll(today.substr(0, 4));
  for (int k = 0; k < children; ++k)
    f.children.push_back({k == 0 ? dice.between(year - 4, year) : dice.between(year - 11, year), dice.between(1, 12)});
  for (auto& c : f.children)
    if (c.birth_year == year) c.birth_month = 1;  // born this year: early in it
  bool immigrant = dice.chance(urban ? 60 : 15);
  f.languages = {"fr"};
  if (immigrant && urban) f.languages.push_back(dice.pick(kUrbanLanguages));
  std::sort(f.languages.begin(), f.languages.end());
  f.languages.erase(std::unique(f.languages.begin(), f.languages.end()), f.languages.end());
  f.housing = urban ? (dice.chance(35) ? "hlm" : "private_rental") : (dice.chance(40) ? "owner" : "private_rental");
  if (immigrant) {
    f.arrival_year = dice.between(2010, year);
    f.immigration_status = dice.pick(kStatuses);
    f.vulnerability_factors.push_back("immigration_context");
  }
  auto factor = [&](const char* code, int percent) {
    if (dice.chance(percent)) f.vulnerability_factors.push_back(code);
  };
  factor("economic_deprivation", 55);
  factor("weak_support_network", 50);
  factor("domestic_violence", urban ? 14 : 5);
  factor("mental_health", 20);
  factor("isolation_from_services", urban ? 25 : 50);
  factor("housing", urban ? 30 : 15);
  factor("food_insecurity", 30);
  std::sort(f.vulnerability_factors.begin(), f.vulnerability_factors.end());
  f.outreach_strategy = dice.weighted(urban ? kUrbanStrategies : kRuralStrategies);
  int status = static_cast<int>(dice.between(0, 99));
  f.status = status < 20 ? "in_contact" : status < 85 ? "accompanied" : "closed";
  if (f.status == "closed") f.closing_reason = dice.pick(kClosingReasons);
  if (!workers.empty()) f.worker_id = dice.pick(workers);
  const int64_t span = dice.between(20, 360);  // days since the family was first met
  std::string first_day = families::days_before(today, span);
  f.created_at = f.updated_at = at_time(first_day, "10:00:00");

  auto consent = [&](const char* purpose, const std::string& partner, const std::string& withdrawn) {
    families::Consent k;
    k.id = ids::derived_uuid("demo-consent-" + std::to_string(i) + "-" + purpose);
    k.organization_id = f.organization_id;
    k.family_id = f.id;
    k.purpose = purpose;
    k.partner_organization_id = partner;
    k.given_on = first_day;
    k.given_how = dice.chance(60) ? "verbal" : "written";
    k.withdrawn_on = withdrawn;
    k.recorded_by = f.worker_id;
    k.created_at = k.updated_at = at_time(first_day, "11:00:00");
    g.consents.push_back(k);
  };
  if (i % 4 != 3) consent("evaluation_data", "", "");
  bool by_phone = dice.chance(70);
  if (by_phone) consent("phone_or_text", "", "");
  if (dice.chance(20)) consent("photos", "", dice.chance(20) ? today : "");
  if (dice.chance(15)) {
    const auto& partner = dice.pick(hosts);
    if (partner.organization_id != f.organization_id) consent("referral_sharing", partner.organization_id, "");
  }

  int contacts = f.status == "in_contact"    ? static_cast<int>(dice.between(1, 2))
                 : f.status == "accompanied" ? static_cast<int>(dice.between(3, 10))
                                             : static_cast<int>(dice.between(2, 6));
  for (int k = 0; k < contacts; ++k) {
    families::Contact c;
    c.id = ids::derived_uuid("demo-contact-" + std::to_string(i) + "-" + std::to_string(k));
    c.organization_id = f.organization_id;
    c.family_id = f.id;
    c.contact_date = families::days_before(today, dice.between(0, span));
    c.initiated_by = dice.weighted({{"worker", 55}, {"parent", 25}, {"both", 15}, {"partner", 5}});
    c.mode = dice.pick(kModes);
    if ((c.mode == "phone" || c.mode == "text_message") && !by_phone) c.initiated_by = "parent";
    c.duration_minutes = dice.between(1, 12) * 10;
    for (int n = static_cast<int>(dice.between(0, 3)); n > 0 && !needs.empty(); --n)
      c.need_ids.push_back(dice.pick(needs));
    c.elements.push_back(dice.pick(kElements));
    if (dice.chance(40)) c.obstacles.push_back(dice.pick(kObstacles));
    if (dice.chance(30)) c.notes = dice.pick(kNotes);
    c.recorded_by = f.worker_id;
    c.created_at = c.updated_at = at_time(c.contact_date, "18:00:00");
    std::sort(c.need_ids.begin(), c.need_ids.end());
    c.need_ids.erase(std::unique(c.need_ids.begin(), c.need_ids.end()), c.need_ids.end());
    g.contacts.push_back(std::move(c));
  }
  if (f.status != "in_contact") {
    int checks = static_cast<int>(dice.between(1, 3));
    for (int k = 0; k < checks; ++k) {
      families::CheckIn c;
      c.id = ids::derived_uuid("demo-check-in-" + std::to_string(i) + "-" + std::to_string(k));
      c.organization_id = f.organization_id;
      c.family_id = f.id;
      c.check_date = families::days_before(today, span * (checks - k - 1) / checks);
      auto score = [&] { return std::min<int64_t>(4, dice.between(1, 2) + k); };
      c.trust_link = score();
      c.confidence = score();
      c.informed = score();
      c.resource_use = score();
      c.recorded_by = f.worker_id;
      c.created_at = c.updated_at = at_time(c.check_date, "19:00:00");
      g.check_ins.push_back(c);
    }
  }
  return g;
}

}  // namespace

Result<int> load_demo_families(db::Pool& pool, const std::vector<DemoHost>& hosts, const vault::IdentityVault* vault) {
  if (hosts.empty()) return 0;
  auto c = TRY(pool.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scope = auth::ScopeIssuer::for_host();
  auto scoped = scope.on(*c);
  auto needs = TRY(demo_families_repository::need_ids(*c));
  std::map<std::string, std::vector<std::string>> workers;
  for (const auto& h : hosts)
    workers[h.organization_id] = TRY(demo_families_repository::practitioners(*c, h.organization_id));
  const std::string today = families::today();
  Dice dice(20260905);
  std::set<std::string> codes;  // organization id + code
  for (int i = 0; i < kDemoFamilies; ++i) {
    const DemoHost& host = hosts[i % hosts.size()];
    Generated g = generate(i, host, hosts, workers[host.organization_id], needs, today, dice);
    do g.family.code = families::family_code(dice.next());
    while (!codes.insert(host.organization_id + g.family.code).second);
    TRY_VOID(families::family_repository::insert(scoped, g.family, g.family.worker_id));
    for (const auto& k : g.consents) TRY_VOID(families::entry_repository::insert(scoped, k));
    for (const auto& k : g.contacts) TRY_VOID(families::entry_repository::insert(scoped, k));
    for (const auto& k : g.check_ins) TRY_VOID(families::entry_repository::insert(scoped, k));
    if (vault && i % 40 == 0) {
      std::string names = dice.pick(kGivenNames) + " " + dice.pick(kFamilyNames);
      vault::IdentityFields fields{{"names", names}, {"phone", "514-555-01" + std::to_string(10 + i / 40)}};
      auto sealed = TRY(vault->seal(g.family.id, fields));
      TRY_VOID(families::identity_repository::save(scoped, g.family.id, g.family.organization_id, sealed,
                                                   vault->name_index(names), g.family.created_at, 0));
    }
  }
  TRY_VOID(tx.commit());
  return kDemoFamilies;
}

}  // namespace filet::demo
