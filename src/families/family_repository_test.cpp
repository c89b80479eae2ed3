// The families' SQL on both engines: a create sent twice writes once, the scope decides what is
// read (identified in the organization, de-identified and consenting outside it), versions are
// compare-and-set, previous versions are kept, identities and their name index are stored apart.
#include "families/family_repository.hpp"

#include <gtest/gtest.h>

#include "auth/policy.hpp"
#include "common/identity_vault.hpp"
#include "core/organization_repository.hpp"
#include "db/testing/test_database.hpp"
#include "db/testing/two_organizations.hpp"
#include "families/entry_repository.hpp"
#include "families/identity_repository.hpp"

namespace filet::families {
namespace {

namespace repo = family_repository;
using FamilyRepositoryTest = testing::EngineTest;

using testing::add_two_organizations;
using testing::kOrgA;
using testing::kOrgB;
using testing::scope_of;

Family family(const std::string& id, const std::string& org, const std::string& code) {
  Family f;
  f.id = id;
  f.organization_id = org;
  f.code = code;
  f.children = {{2024, 5}};
  f.languages = {"fr"};
  f.vulnerability_factors = {"housing"};
  f.notes = "Note";
  f.created_at = f.updated_at = "2026-01-02T00:00:00Z";
  return f;
}

TEST_P(FamilyRepositoryTest, ACreateSentTwiceWritesOnceAndTheScopeDecidesWhoReadsIt) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_two_organizations(**c);
  auto host = auth::ScopeIssuer::for_host();
  auto writer = host.on(**c);
  const std::string id = "00000000-0000-4000-8000-00000000f001";
  EXPECT_TRUE(*repo::insert(writer, family(id, kOrgA, "BABA-22"), ""));
  EXPECT_FALSE(*repo::insert(writer, family(id, kOrgA, "BEBE-23"), ""));
  EXPECT_TRUE(*repo::code_taken(writer, kOrgA, "BABA-22"));
  EXPECT_FALSE(*repo::code_taken(writer, kOrgB, "BABA-22"));

  auto practitioner_a = scope_of(auth::Role::practitioner, kOrgA);
  auto a = practitioner_a.on(**c);
  auto found = repo::find(a, id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->code, "BABA-22");
  EXPECT_EQ(found->children.size(), 1u);
  auto practitioner_b = scope_of(auth::Role::practitioner, kOrgB);
  auto b = practitioner_b.on(**c);
  EXPECT_EQ(repo::find(b, id).error().code, ErrorCode::not_found);
  EXPECT_EQ(repo::list(b, {}, {}, "2026-06-01")->total, 0);

  // Outside the organization: de-identified, and only with the evaluation consent.
  auto coordinator = scope_of(auth::Role::coordinator, kOrgB);
  auto co = coordinator.on(**c);
  EXPECT_EQ(repo::list(co, {}, {}, "2026-06-01")->total, 0);
  Consent consent{"00000000-0000-4000-8000-00000000c001",
                  kOrgA,
                  id,
                  "evaluation_data",
                  "",
                  "2026-02-01",
                  "verbal",
                  "2026-05-01",
                  "",
                  "2026-02-01T00:00:00Z",
                  "2026-02-01T00:00:00Z",
                  1};
  ASSERT_TRUE(entry_repository::insert(writer, consent));
  auto during = repo::list(co, {}, {}, "2026-03-01");
  ASSERT_EQ(during->total, 1);
  EXPECT_TRUE(during->items[0].code.empty());
  EXPECT_TRUE(during->items[0].notes.empty());
  EXPECT_EQ(repo::list(co, {}, {}, "2026-05-01")->total, 0);  // withdrawn that day
}

TEST_P(FamilyRepositoryTest, UpdatesAreCompareAndSetAndKeepThePreviousVersion) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_two_organizations(**c);
  auto scope = scope_of(auth::Role::manager, kOrgA);
  auto s = scope.on(**c);
  const std::string id = "00000000-0000-4000-8000-00000000f002";
  ASSERT_TRUE(repo::insert(s, family(id, kOrgA, "DADA-33"), ""));
  Family f = *repo::find(s, id);
  f.status = "accompanied";
  f.vulnerability_factors = {"food_insecurity", "housing"};
  ASSERT_TRUE(repo::update(s, f));
  ASSERT_TRUE(repo::set_lists(s, f));
  EXPECT_EQ(repo::update(s, f).error().code, ErrorCode::version_conflict);  // version 1 is gone
  auto now = *repo::find(s, id);
  EXPECT_EQ(now.version, 2);
  EXPECT_EQ(now.vulnerability_factors.size(), 2u);
  ASSERT_TRUE(repo::keep_previous(s, {kOrgA, id, "family", id, 1, "{}", "", "2026-01-03T00:00:00Z"}));
  EXPECT_EQ(*repo::history_count(s, id), 1);
  auto other = scope_of(auth::Role::manager, kOrgB);
  auto o = other.on(**c);
  EXPECT_EQ(*repo::history_count(o, id), 0);
  now.notes = "Autre";
  EXPECT_EQ(repo::update(o, now).error().code, ErrorCode::version_conflict);  // not theirs: no row changes
}

TEST_P(FamilyRepositoryTest, IdentitiesAreSealedApartAndFoundByTheirNameIndex) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_two_organizations(**c);
  auto master = SecretBox::from_key(std::string(SecretBox::kKeyBytes, '\x07'));
  ASSERT_TRUE(master);
  vault::IdentityVault vault(*master);
  auto scope = scope_of(auth::Role::practitioner, kOrgA);
  auto s = scope.on(**c);
  const std::string id = "00000000-0000-4000-8000-00000000f003";
  ASSERT_TRUE(repo::insert(s, family(id, kOrgA, "FAFA-44"), ""));
  EXPECT_FALSE(*repo::any_identity(**c));
  auto sealed = vault.seal(id, {{"names", "Marie-Ève Tremblay"}});
  ASSERT_TRUE(identity_repository::save(s, id, kOrgA, *sealed, vault.name_index("Marie-Ève Tremblay"),
                                        "2026-01-04T00:00:00Z", 0));
  EXPECT_TRUE(*repo::any_identity(**c));
  auto stored = identity_repository::find(s, id);
  ASSERT_TRUE(stored && *stored);
  EXPECT_EQ((*vault.open(id, (*stored)->sealed))["names"], "Marie-Ève Tremblay");
  FamilyFilter by_name;
  by_name.name_hashes = vault.name_query("tremblay marie");
  EXPECT_EQ(repo::list(s, {}, by_name, "2026-06-01")->total, 1);
  by_name.name_hashes = vault.name_query("tremblay jean");
  EXPECT_EQ(repo::list(s, {}, by_name, "2026-06-01")->total, 0);
  auto other = scope_of(auth::Role::practitioner, kOrgB);
  auto o = other.on(**c);
  EXPECT_FALSE(identity_repository::find(o, id)->has_value());
  // A stale version changes nothing.
  EXPECT_EQ(identity_repository::save(s, id, kOrgA, *sealed, {}, "2026-01-05T00:00:00Z", 9).error().code,
            ErrorCode::version_conflict);
}

TEST_P(FamilyRepositoryTest, ContactsKeepTheirNeedsElementsAndObstacles) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_two_organizations(**c);
  auto scope = scope_of(auth::Role::practitioner, kOrgA);
  auto s = scope.on(**c);
  const std::string id = "00000000-0000-4000-8000-00000000f004";
  ASSERT_TRUE(repo::insert(s, family(id, kOrgA, "GAGA-55"), ""));
  Contact contact;
  contact.id = "00000000-0000-4000-8000-00000000e001";
  contact.organization_id = kOrgA;
  contact.family_id = id;
  contact.contact_date = "2026-03-01";
  contact.mode = "home_visit";
  contact.initiated_by = "worker";
  contact.elements = {"active_listening", "welcome"};
  contact.obstacles = {"language"};
  contact.created_at = contact.updated_at = "2026-03-01T10:00:00Z";
  EXPECT_TRUE(*entry_repository::insert(s, contact));
  EXPECT_FALSE(*entry_repository::insert(s, contact));
  auto found = entry_repository::find_contact(s, contact.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->elements, (std::vector<std::string>{"active_listening", "welcome"}));
  EXPECT_EQ(found->obstacles, (std::vector<std::string>{"language"}));
  EXPECT_EQ(repo::find(s, id)->last_contact_on, "2026-03-01");
  EXPECT_EQ(repo::without_contact_since(s, "2026-03-02", "", {})->total, 1);
  EXPECT_EQ(repo::without_contact_since(s, "2026-03-01", "", {})->total, 0);
}

FILET_ON_BOTH_ENGINES(FamilyRepositoryTest);

}  // namespace
}  // namespace filet::families
