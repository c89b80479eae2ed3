#include "demo/demo_partnerships.hpp"

#include <algorithm>
#include <random>

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "demo/demo_partnerships_repository.hpp"
#include "families/dates.hpp"
#include "partnerships/agreement_repository.hpp"
#include "partnerships/key_partner_repository.hpp"

namespace filet::demo {
namespace {

namespace repo = demo_partnerships_repository;

// Seed 003's categories of key partners, weighted as its table (practitioners and managers
// together), and the demo sectors each is drawn from.
struct Category {
  std::string code;
  int weight;
  std::vector<std::string> sectors;
  std::vector<std::string> outside;  // names typed in when the demo has no such organization
};
const std::vector<Category> kCategories{
    {"community_organization",
     60,
     {"community_family", "community_newcomers", "community_other", "social_housing", "legal_clinic",
      "social_paediatrics"},
     {"Carrefour familial du quartier"}},
    {"cisss_ciusss", 25, {"health_social_services"}, {"CIUSSS du Nord-de-l'Île-de-Montréal"}},
    {"round_table", 9, {"round_table"}, {"Table de concertation petite enfance"}},
    {"child_care", 3, {"childcare"}, {"CPE du quartier"}},
    {"school", 3, {"school"}, {"École primaire du quartier"}}};

const std::vector<std::string> kFactors{"mutual_recognition", "mutual_trust", "active_collaboration",
                                        "knowing_key_people"};
const std::vector<std::string> kObstacles{"role_misunderstanding", "different_sector", "staff_turnover",
                                          "lack_of_time"};

const Category& pick_category(std::mt19937_64& rng) {
  int roll = static_cast<int>(rng() % 100);
  for (const auto& c : kCategories) {
    if (roll < c.weight) return c;
    roll -= c.weight;
  }
  return kCategories.front();
}

std::vector<std::string> some_of(std::mt19937_64& rng, const std::vector<std::string>& codes, size_t most) {
  std::vector<std::string> out;
  for (const auto& code : codes)
    if (out.size() < most && rng() % 3 == 0) out.push_back(code);
  return out;
}

db::Scope manager_scope(const std::string& organization_id) {
  auth::Principal manager;
  manager.memberships = {{organization_id, "", auth::Role::manager}};
  return *auth::ScopeIssuer::for_principal(
      manager, [](const std::string&) -> Result<std::vector<std::string>> { return std::vector<std::string>{}; });
}

// The fiscal year (from 1 April) holding `today`.
std::pair<std::string, std::string> fiscal_year(const std::string& today) {
  int year = std::stoi(today.substr(0, 4));
  if (today.substr(5, 2) < "04") --year;
  return {std::to_string(year) + "-04-01", std::to_string(year + 1) + "-03-31"};
}

Result<size_t> load_key_partners(db::Connection& c, const std::vector<DemoHost>& hosts) {
  const auto organizations = TRY(repo::organizations(c));
  const std::string today = families::today();
  const auto [from, to] = fiscal_year(today);
  std::mt19937_64 rng(20261208);
  size_t made = 0;
  for (const auto& host : hosts) {
    auto scope = manager_scope(host.organization_id);
    auto scoped = scope.on(c);
    std::string previous;  // a person with both roles chooses once, as a manager (as the policy does)
    for (const auto& member : TRY(repo::choosers_of(c, host.organization_id))) {
      if (member.user_id == previous) continue;
      previous = member.user_id;
      std::vector<std::string> chosen;  // no partner twice for one person
      for (int n = 0; n < 3; ++n) {
        const Category& category = pick_category(rng);
        std::vector<const repo::DemoOrganization*> candidates;
        for (const auto& o : organizations)
          if (o.id != host.organization_id && std::ranges::find(category.sectors, o.sector) != category.sectors.end() &&
              std::ranges::find(chosen, o.id) == chosen.end())
            candidates.push_back(&o);
        partnerships::KeyPartner k;
        k.id = ids::derived_uuid("demo-key-partner-" + member.user_id + "-" + host.organization_id + "-" +
                                 std::to_string(n));
        k.organization_id = host.organization_id;
        k.period_from = from;
        k.period_to = to;
        k.chooser_id = member.user_id;
        k.chooser_role = member.role;
        if (!candidates.empty()) {
          k.partner_organization_id = candidates[rng() % candidates.size()]->id;
          chosen.push_back(k.partner_organization_id);
        } else {
          k.partner_name = category.outside.front();
        }
        k.category = category.code;
        k.links_families = rng() % 10 < 8;
        k.shares_dialogue = rng() % 10 < 6;
        k.adapts_practices = rng() % 10 < 5;
        k.success_factors = some_of(rng, kFactors, 2);
        k.obstacles = some_of(rng, kObstacles, 2);
        // A third of outreach workers name a particularly difficult collaboration among three.
        k.difficult = rng() % 9 == 0;
        if (k.difficult || !k.obstacles.empty())
          k.solutions = rng() % 2 ? "Clarifier les rôles et mandats de chacun"
                                  : "Communiquer régulièrement pour bâtir la confiance";
        k.created_at = k.updated_at = clock::now_iso();
        TRY_VOID(partnerships::key_partner_repository::insert(scoped, k));
        ++made;
      }
    }
  }
  return made;
}

// Seed 004: the negotiated referral mechanisms of the local action network around the Ahuntsic
// housing sites (HLM Saint-Sulpice, André-Grasset, Meunier-Tolhurst).
Result<size_t> load_agreements(db::Connection& c, const std::map<std::string, std::string>& organization_ids) {
  auto host = organization_ids.find("maisons-ah");
  if (host == organization_ids.end()) return size_t{0};
  auto scope = manager_scope(host->second);
  auto scoped = scope.on(c);
  const std::string today = families::today();
  struct Agreement {
    std::string other, other_contact, other_role, other_email, shared, how, status;
    int64_t started_days_ago, review_in_days;
  };
  const std::vector<Agreement> agreements{
      {"locataires-ss", "Ginette Lapointe", "Présidente du comité de locataires", "comite@alss.example",
       "Les activités des deux organismes et les besoins que les familles confient au comité, avec leur accord",
       "Le comité présente la famille à l’intervenante de milieu lors des cafés-rencontres du mardi", "active", 400,
       200},
      {"clsc-rap", "Dominique Roy", "Travailleuse sociale, équipe Enfance-famille", "enfance@clsc-rapides.example",
       "Les coordonnées de la famille et son besoin, avec son consentement écrit",
       "Appel direct à la travailleuse sociale; l’intervenante accompagne la famille au premier rendez-vous", "active",
       700, -30},
      {"table-abc", "Karim Benali", "Coordonnateur de la table", "coordination@tefac.example",
       "Les trous de services observés dans les HLM, sans donnée nominative",
       "Point statutaire à chaque rencontre de la table", "draft", 20, 345}};
  size_t made = 0;
  for (size_t i = 0; i < agreements.size(); ++i) {
    const auto& g = agreements[i];
    auto other = organization_ids.find(g.other);
    if (other == organization_ids.end()) continue;
    partnerships::ReferralAgreement a;
    a.id = ids::derived_uuid("demo-agreement-" + std::to_string(i));
    a.organization_id = host->second;
    a.other_organization_id = other->second;
    a.contacts = {{"Sophie Nadeau", "Intervenante de milieu, HLM Saint-Sulpice", "514-555-0115", ""},
                  {"Marc-André Lévesque", "Coordonnateur", "514-555-0116", "coordination@mvah.example"}};
    a.other_contacts = {{g.other_contact, g.other_role, "", g.other_email}};
    // The CLSC's reception desk answers when the social worker is away (seed 004).
    if (g.other == "clsc-rap") a.other_contacts.push_back({"Accueil psychosocial", "Accueil", "514-555-0130", ""});
    a.what_is_shared = g.shared;
    a.how_to_refer = g.how;
    a.starts_on = families::days_before(today, g.started_days_ago);
    a.review_on = families::days_before(today, -g.review_in_days);
    a.status = g.status;
    a.created_at = a.updated_at = clock::now_iso();
    TRY_VOID(partnerships::agreement_repository::insert(scoped, a));
    ++made;
  }
  return made;
}

}  // namespace

Result<DemoPartnerships> load_demo_partnerships(db::Pool& pool, const std::vector<DemoHost>& hosts,
                                                const std::map<std::string, std::string>& organization_ids) {
  auto c = TRY(pool.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  DemoPartnerships out;
  out.key_partners = TRY(load_key_partners(*c, hosts));
  out.agreements = TRY(load_agreements(*c, organization_ids));
  TRY_VOID(tx.commit());
  return out;
}

}  // namespace filet::demo
