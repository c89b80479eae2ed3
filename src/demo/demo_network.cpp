#include "demo/demo_network.hpp"

#include <boost/json.hpp>
#include <map>

#include "auth/policy.hpp"
#include "auth/totp.hpp"
#include "auth/two_factor_service.hpp"
#include "core/organization_service.hpp"
#include "core/program_service.hpp"
#include "core/territory_service.hpp"
#include "core/user_repository.hpp"
#include "core/user_service.hpp"
#include "demo/demo_families.hpp"
#include "demo/demo_gaps.hpp"
#include "demo/demo_groups.hpp"
#include "demo/demo_journal.hpp"
#include "demo/demo_network_data.hpp"
#include "demo/demo_questionnaires.hpp"
#include "demo/demo_referrals.hpp"
#include "demo/demo_partnerships.hpp"
#include "directory/demo_directory.hpp"

namespace filet::demo {
namespace json = boost::json;
namespace {

std::string text(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::vector<std::string> keys_to_ids(const json::object& o, std::string_view key,
                                     const std::map<std::string, std::string>& ids) {
  std::vector<std::string> out;
  if (const json::value* v = o.if_contains(key); v && v->is_array())
    for (const auto& k : v->as_array()) out.push_back(ids.at(std::string(k.as_string())));
  return out;
}

}  // namespace

Result<DemoSummary> load_demo_network(db::Pool& pool, const SecretBox& box, bool seal_identities,
                                      const files::FileStore* store) {
  {
    auto c = TRY(pool.acquire());
    if (TRY(core::user_repository::count(*c)) > 0)
      return fail(ErrorCode::conflict, "this database already has accounts: the demo only fills an empty one");
  }
  json::value doc = json::parse(kDemoNetworkJson);
  const json::object& root = doc.as_object();
  audit::Actor actor{"", "filet demo", ""};
  DemoSummary summary;
  std::map<std::string, std::string> territory_ids, organization_ids, settings;
  std::map<std::string, const json::object*> organization_of;

  core::TerritoryService territories(pool);
  for (const auto& item : root.at("territories").as_array()) {
    const auto& t = item.as_object();
    core::TerritoryChanges changes;
    changes.name = text(t, "name");
    changes.kind = text(t, "kind");
    changes.setting = text(t, "setting");
    std::string parent = text(t, "parent");
    if (!parent.empty()) changes.parent_id = territory_ids.at(parent);
    auto created = TRY(territories.create(actor, changes));
    territory_ids[text(t, "key")] = created.id;
    settings[text(t, "key")] = text(t, "setting");
    ++summary.territories;
  }

  core::OrganizationService organizations(pool);
  for (const auto& item : root.at("organizations").as_array()) {
    const auto& o = item.as_object();
    core::OrganizationChanges changes;
    changes.name = text(o, "name");
    changes.sector = text(o, "sector");
    changes.email = text(o, "email");
    changes.phone = text(o, "phone");
    changes.website = text(o, "website");
    changes.territory_ids = keys_to_ids(o, "territories", territory_ids);
    auto created = TRY(organizations.create(actor, changes));
    organization_ids[text(o, "key")] = created.id;
    organization_of[text(o, "key")] = &o;
    ++summary.organizations;
  }

  core::ProgramService programs(pool);
  for (const auto& item : root.at("programs").as_array()) {
    const auto& p = item.as_object();
    core::ProgramChanges changes;
    changes.name = text(p, "name");
    changes.description = text(p, "description");
    changes.starts_on = text(p, "starts_on");
    changes.ends_on = text(p, "ends_on");
    changes.organization_ids = keys_to_ids(p, "organizations", organization_ids);
    std::vector<std::string> funders;
    for (const auto& f : p.at("funders").as_array()) funders.emplace_back(f.as_string());
    changes.funders = funders;
    TRY_VOID(programs.create(actor, changes));
    ++summary.programs;
  }

  core::UserService users(pool);
  std::map<std::string, std::string> user_ids;  // by e-mail
  for (const auto& item : root.at("users").as_array()) {
    const auto& u = item.as_object();
    core::UserChanges changes;
    changes.email = text(u, "email");
    changes.name = text(u, "name");
    changes.locale = text(u, "locale").empty() ? "fr" : text(u, "locale");
    changes.password = std::string(kDemoPassword);
    changes.is_admin = u.contains("is_admin") && u.at("is_admin").as_bool();
    std::vector<core::MembershipChange> memberships;
    if (const json::value* list = u.if_contains("memberships"))
      for (const auto& m : list->as_array())
        memberships.push_back({organization_ids.at(text(m.as_object(), "organization")),
                               *auth::role_from_name(text(m.as_object(), "role"))});
    changes.memberships = memberships;
    auto user = TRY(users.create(actor, changes));
    user_ids[user.email] = user.id;
    if (user.is_admin) {
      auto c = TRY(pool.acquire());
      TRY_VOID(auth::TwoFactorService(pool, box).enrol_with_secret(*c, user.id,
                                                                   *auth::totp::base32_decode(kDemoTotpSecret)));
    }
    ++summary.users;
  }
  // The outreach teams' accounts come before any step that assigns work to them (families).
  auto teams = TRY(add_outreach_teams(pool, actor, root, organization_ids, territory_ids, user_ids));
  {
    auto c = TRY(pool.acquire());
    summary.users = static_cast<size_t>(TRY(core::user_repository::count(*c)));
    summary.services = TRY(directory::load_demo_directory(*c, organization_ids));
  }
  auto journal = TRY(load_demo_journal(pool, teams, organization_ids));
  summary.outreach_entries = journal.outreach;
  summary.networking_entries = journal.networking;
  // The families of the outreach program's host organizations (community family organizations
  // and social paediatrics centres), in the program's order, each in its first territory.
  std::vector<DemoHost> hosts;
  for (const auto& item : root.at("programs").as_array()) {
    if (text(item.as_object(), "key") != "proximite-0-5") continue;
    for (const auto& key : item.as_object().at("organizations").as_array()) {
      const json::object& o = *organization_of.at(std::string(key.as_string()));
      std::string sector = text(o, "sector");
      if (sector != "community_family" && sector != "social_paediatrics") continue;
      std::string territory(o.at("territories").as_array().at(0).as_string());
      hosts.push_back(
          {organization_ids.at(std::string(key.as_string())), territory_ids.at(territory), settings.at(territory)});
    }
  }
  std::optional<vault::IdentityVault> vault;
  if (seal_identities) vault.emplace(box);
  summary.families = TRY(load_demo_families(pool, hosts, vault ? &*vault : nullptr));
  summary.referrals = static_cast<size_t>(TRY(load_demo_referrals(pool)));
  summary.gaps = TRY(load_demo_gaps(pool, hosts));
  auto partnerships = TRY(load_demo_partnerships(pool, hosts, organization_ids));
  summary.key_partners = partnerships.key_partners;
  summary.agreements = partnerships.agreements;
  auto groups =
      TRY(load_demo_groups(pool, organization_ids, territory_ids, user_ids.at("animation@demo.filet"), store));
  summary.groups = static_cast<size_t>(groups.groups);
  summary.group_sessions = static_cast<size_t>(groups.sessions);
  // The questionnaires of the university evaluation team, built as its evaluator would.
  auth::Principal evaluator;
  evaluator.user_id = user_ids.at("evaluation@demo.filet");
  evaluator.email = "evaluation@demo.filet";
  evaluator.memberships.push_back({organization_ids.at("univ-eval"), "", auth::Role::evaluator});
  const db::Scope scope = TRY([&]() -> Result<db::Scope> {
    auto c = TRY(pool.acquire());
    return auth::ScopeIssuer::for_principal(*c, evaluator);
  }());
  auto surveys = TRY(load_demo_questionnaires(pool, {evaluator, scope, actor}, organization_ids.at("univ-eval")));
  summary.questionnaires = static_cast<size_t>(surveys.questionnaires);
  summary.survey_campaigns = static_cast<size_t>(surveys.campaigns);
  summary.survey_responses = static_cast<size_t>(surveys.responses);
  return summary;
}

}  // namespace filet::demo
