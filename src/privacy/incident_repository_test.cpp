// The register's SQL on both engines: the registers the policy names and the request's scope
// decide what is read and changed; the list's filters and its default order (newest known first);
// updates are compare-and-set on the version.
#include "privacy/incident_repository.hpp"

#include <gtest/gtest.h>

#include "auth/policy.hpp"
#include "db/testing/test_database.hpp"
#include "db/testing/two_organizations.hpp"

namespace filet::privacy {
namespace {

namespace repo = incident_repository;
using IncidentRepositoryTest = testing::EngineTest;

using testing::add_two_organizations;
using testing::kOrgA;
using testing::kOrgB;
using testing::scope_of;

auth::Principal manager_of(const std::string& org) {
  return testing::member_of(auth::Role::manager, org);
}

Incident incident(const std::string& id, const std::string& org, const std::string& discovered_on) {
  Incident i;
  i.id = id;
  i.organization_id = org;
  i.occurred_on = "2026-02-01";
  i.discovered_on = discovered_on;
  i.description = "Courriel envoyé au mauvais destinataire";
  i.information_concerned = "Noms et téléphones";
  i.persons_concerned = 14;
  i.persons_estimated = true;
  i.sensitivity = "Moyenne";
  i.consequences = "Sollicitations";
  i.likelihood_of_misuse = "Faible";
  i.created_at = i.updated_at = "2026-03-01T00:00:00Z";
  return i;
}

TEST_P(IncidentRepositoryTest, TheRegistersAndTheScopeDecideWhoReadsAnIncident) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_two_organizations(**c);
  const auth::Principal a = manager_of(kOrgA);
  auto scope_a = scope_of(a);
  auto in_a = scope_a.on(**c);
  const std::string id = "00000000-0000-4000-8000-00000000d001";
  Incident made = incident(id, kOrgA, "2026-03-02");
  made.occurred_until = "2026-02-03";
  made.serious_risk = true;
  made.commission_notified_on = "2026-03-04";
  ASSERT_TRUE(repo::insert(in_a, made));

  auto found = repo::find(in_a, auth::incident_registers(a), id);
  ASSERT_TRUE(found) << found.error().detail;
  EXPECT_EQ(found->occurred_until, "2026-02-03");
  EXPECT_TRUE(found->serious_risk);
  EXPECT_TRUE(found->persons_estimated);
  EXPECT_EQ(found->persons_concerned, 14);
  EXPECT_EQ(found->commission_notified_on, "2026-03-04");
  EXPECT_EQ(found->persons_notified_on, "");  // NULL reads back as "not notified"
  EXPECT_EQ(found->version, 1);

  // Another organization's manager: not in their register, not in their scope.
  const auth::Principal b = manager_of(kOrgB);
  auto scope_b = scope_of(b);
  auto in_b = scope_b.on(**c);
  EXPECT_EQ(repo::find(in_b, auth::incident_registers(b), id).error().code, ErrorCode::not_found);
  EXPECT_EQ(repo::list(in_b, auth::incident_registers(b), {}, {})->total, 0);
  // Nor may they write one into A's register.
  EXPECT_EQ(repo::insert(in_b, incident("00000000-0000-4000-8000-00000000d002", kOrgA, "2026-03-02")).error().code,
            ErrorCode::forbidden);

  // A register list that names no organization reads nothing, even where the scope reaches.
  auto host = auth::ScopeIssuer::for_host();
  auto everywhere = host.on(**c);
  EXPECT_EQ(repo::list(everywhere, repo::Registers{std::vector<std::string>{}}, {}, {})->total, 0);
  EXPECT_EQ(repo::list(everywhere, std::nullopt, {}, {})->total, 1);  // every register (admins)
}

TEST_P(IncidentRepositoryTest, TheListFiltersByOrganizationStatusPeriodAndText) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_two_organizations(**c);
  auto host = auth::ScopeIssuer::for_host();
  auto s = host.on(**c);
  Incident march = incident("00000000-0000-4000-8000-00000000d011", kOrgA, "2026-03-10");
  Incident april = incident("00000000-0000-4000-8000-00000000d012", kOrgA, "2026-04-10");
  april.status = "closed";
  april.description = "Ordinateur portable volé";
  Incident may = incident("00000000-0000-4000-8000-00000000d013", kOrgB, "2026-05-10");
  for (const Incident* i : {&march, &april, &may}) ASSERT_TRUE(repo::insert(s, *i));

  auto ids = [&](const repo::Filters& filters, db::ListQuery query = {}) {
    std::vector<std::string> out;
    auto page = repo::list(s, std::nullopt, filters, query);  // kept: a loop over ->items of a temporary dangles
    for (const Incident& i : page->items) out.push_back(i.id);
    return out;
  };
  // Newest known first.
  EXPECT_EQ(ids({}), (std::vector<std::string>{may.id, april.id, march.id}));
  EXPECT_EQ(ids({.organization_id = kOrgA}), (std::vector<std::string>{april.id, march.id}));
  EXPECT_EQ(ids({.status = "closed"}), (std::vector<std::string>{april.id}));
  EXPECT_EQ(ids({.from = "2026-04-10", .to = "2026-05-09"}), (std::vector<std::string>{april.id}));
  EXPECT_EQ(ids({.from = "2026-04-11"}), (std::vector<std::string>{may.id}));
  EXPECT_EQ(ids({.to = "2026-03-10"}), (std::vector<std::string>{march.id}));
  EXPECT_EQ(ids({}, {.q = "ordinateur"}), (std::vector<std::string>{april.id}));
  EXPECT_EQ(ids({}, {.sort = "discovered_on"}), (std::vector<std::string>{march.id, april.id, may.id}));
  auto second = repo::list(s, std::nullopt, {}, {.page = 2, .per_page = 2});
  EXPECT_EQ(second->total, 3);
  ASSERT_EQ(second->items.size(), 1u);
  EXPECT_EQ(second->items[0].id, march.id);
}

TEST_P(IncidentRepositoryTest, UpdatesAreCompareAndSetOnTheVersionAndStayInTheirRegister) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_two_organizations(**c);
  const auth::Principal a = manager_of(kOrgA);
  auto scope_a = scope_of(a);
  auto in_a = scope_a.on(**c);
  const std::string id = "00000000-0000-4000-8000-00000000d021";
  ASSERT_TRUE(repo::insert(in_a, incident(id, kOrgA, "2026-03-02")));
  Incident i = *repo::find(in_a, auth::incident_registers(a), id);
  i.status = "closed";
  i.measures = "Mots de passe changés";
  i.persons_notified_on = "2026-03-05";
  ASSERT_TRUE(repo::update(in_a, i));
  EXPECT_EQ(repo::update(in_a, i).error().code, ErrorCode::version_conflict);  // version 1 is gone
  Incident now = *repo::find(in_a, auth::incident_registers(a), id);
  EXPECT_EQ(now.version, 2);
  EXPECT_EQ(now.status, "closed");
  EXPECT_EQ(now.measures, "Mots de passe changés");
  EXPECT_EQ(now.persons_notified_on, "2026-03-05");

  // Outside the scope no row changes: the other organization's manager gets a conflict, not a write.
  auto scope_b = scope_of(manager_of(kOrgB));
  auto in_b = scope_b.on(**c);
  now.measures = "Autre chose";
  EXPECT_EQ(repo::update(in_b, now).error().code, ErrorCode::version_conflict);
  EXPECT_EQ(repo::find(in_a, auth::incident_registers(a), id)->measures, "Mots de passe changés");
}

FILET_ON_BOTH_ENGINES(IncidentRepositoryTest);

}  // namespace
}  // namespace filet::privacy
