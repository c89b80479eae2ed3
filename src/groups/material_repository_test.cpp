// A program's sessions and materials on both engines: the sessions' details round-trip, a
// material is found by the program's organization and by a facilitator of a group run from it,
// not by another organization's manager; the file store's metadata counts shared bytes; a
// participant's opt-in contact round-trips.
#include "groups/material_repository.hpp"

#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"
#include "db/testing/two_organizations.hpp"
#include "files/file_repository.hpp"
#include "groups/group_repository.hpp"

namespace filet::groups {
namespace {

namespace repo = group_repository;
using MaterialRepositoryTest = testing::EngineTest;
using testing::kOrgA;
using testing::kOrgB;

constexpr const char* kProgram = "00000000-0000-4000-8000-000000000701";
constexpr const char* kGroup = "00000000-0000-4000-8000-000000000901";
constexpr const char* kFacilitator = "00000000-0000-4000-8000-0000000000f1";
constexpr const char* kStamp = "2026-03-01T09:00:00.000Z";
const std::string kSha(64, 'a');

auth::Principal person(auth::Role role, const char* org, const char* user_id = "u") {
  auto p = testing::member_of(role, org);
  p.user_id = user_id;
  return p;
}

TEST_P(MaterialRepositoryTest, SessionsMaterialsAndContactsRoundTripWithinReach) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  testing::add_two_organizations(**c);
  ASSERT_TRUE(
      (*c)->execute("INSERT INTO users (id, email, name, search_key, password_hash, created_at, updated_at) VALUES (?, "
                    "'f@x', 'F', 'f', 'x', ?, ?)",
                    {kFacilitator, kStamp, kStamp}));
  auto host = auth::ScopeIssuer::for_host();
  auto all = host.on(**c);

  GroupProgram p;
  p.id = kProgram;
  p.organization_id = kOrgA;
  p.name = "Espace Parents";
  p.checklist = {"Accueil", "Synthèse"};
  p.sessions = {{.number = 1,
                 .theme = "Accueil",
                 .description = "Se présenter",
                 .duration_minutes = 120,
                 .objectives = "Créer le groupe",
                 .checklist = {"Tour de table"}},
                {.number = 2, .theme = "Jeu"}};
  p.created_at = p.updated_at = kStamp;
  ASSERT_TRUE(repo::insert_program(all, p));
  auto read = repo::find_program(all, kProgram);
  ASSERT_TRUE(read);
  ASSERT_EQ(read->sessions.size(), 2u);
  EXPECT_EQ(read->sessions[0].duration_minutes, 120);
  EXPECT_EQ(read->sessions[0].checklist, std::vector<std::string>{"Tour de table"});
  EXPECT_EQ(read->sessions[0].objectives, "Créer le groupe");
  EXPECT_FALSE(read->sessions[1].duration_minutes);

  files::StoredFile f{
      "00000000-0000-4000-8000-000000000c01", kOrgA, "fiche é.txt", "text/plain; charset=utf-8", 12, kSha, "", kStamp};
  ASSERT_TRUE(files::file_repository::insert(all, f));
  Material m{"00000000-0000-4000-8000-000000000d01", kProgram, 2, f.id, "", "", 0, kStamp};
  ASSERT_TRUE(material_repository::insert(all, m));
  EXPECT_EQ(material_repository::last_session_with_materials(all, kProgram).value(), 2);
  read = repo::find_program(all, kProgram);
  ASSERT_EQ(read->sessions[1].materials.size(), 1u);
  EXPECT_EQ(read->sessions[1].materials[0].name, "fiche é.txt");
  EXPECT_EQ(read->sessions[1].materials[0].size_bytes, 12);

  // The program's organization's manager finds it; another organization's does not...
  auto manager_a = person(auth::Role::manager, kOrgA);
  auto scope_a = testing::scope_of(manager_a);
  auto as_a = scope_a.on(**c);
  EXPECT_TRUE(material_repository::find(as_a, auth::group_reach(manager_a, scope_a), m.id));
  auto manager_b = person(auth::Role::manager, kOrgB);
  auto scope_b = testing::scope_of(manager_b);
  auto as_b = scope_b.on(**c);
  EXPECT_EQ(material_repository::find(as_b, auth::group_reach(manager_b, scope_b), m.id).error().code,
            ErrorCode::not_found);
  // ... nor a facilitator until they facilitate a group run from the program.
  auto facilitator = person(auth::Role::facilitator, kOrgB, kFacilitator);
  auto scope_f = testing::scope_of(facilitator);
  auto as_f = scope_f.on(**c);
  const auto reach_f = auth::group_reach(facilitator, scope_f);
  EXPECT_EQ(material_repository::find(as_f, reach_f, m.id).error().code, ErrorCode::not_found);
  Group g;
  g.id = kGroup;
  g.organization_id = kOrgA;
  g.program_id = kProgram;
  g.name = "Groupe";
  g.kind = "workshop_series";
  g.facilitator_ids = {kFacilitator};
  g.created_at = g.updated_at = kStamp;
  ASSERT_TRUE(repo::insert_group(all, g));
  EXPECT_TRUE(material_repository::find(as_f, reach_f, m.id));

  // Two stored files with the same bytes: the bytes stay until the last one goes.
  files::StoredFile twin = f;
  twin.id = "00000000-0000-4000-8000-000000000c02";
  ASSERT_TRUE(files::file_repository::insert(all, twin));
  EXPECT_EQ(files::file_repository::count_with_sha256(all, kSha).value(), 2);
  ASSERT_TRUE(material_repository::remove(all, m.id));
  ASSERT_TRUE(files::file_repository::remove(all, f.id));
  EXPECT_EQ(files::file_repository::count_with_sha256(all, kSha).value(), 1);
  EXPECT_EQ(material_repository::last_session_with_materials(all, kProgram).value(), 0);

  Participant shared{"00000000-0000-4000-8000-000000000a01",
                     kGroup,
                     "parent",
                     "EP-01",
                     "",
                     "registered",
                     kStamp,
                     kStamp,
                     1,
                     true,
                     "",
                     "514-555-0101"};
  ASSERT_TRUE(repo::insert_participant(all, shared));
  auto people = repo::participants_of(all, kGroup);
  ASSERT_TRUE(people);
  ASSERT_EQ(people->size(), 1u);
  EXPECT_TRUE((*people)[0].shares_contact);
  EXPECT_EQ((*people)[0].phone, "514-555-0101");
  auto names = material_repository::organization_names(all, {kOrgA});
  ASSERT_TRUE(names);
  EXPECT_EQ(names->size(), 1u);
}

FILET_ON_BOTH_ENGINES(MaterialRepositoryTest);

}  // namespace
}  // namespace filet::groups
