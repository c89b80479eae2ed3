// Questionnaires and their versions on both engines: a version reads back exactly as written
// (sections, every kind of item, options with and without score, conditions, grids), the scope
// decides who reaches a questionnaire, and codes are unique per organization.
#include "questionnaires/questionnaire_repository.hpp"

#include <gtest/gtest.h>

#include "auth/policy.hpp"
#include "core/organization_repository.hpp"
#include "db/testing/test_database.hpp"
#include "questionnaires/questionnaire_test_support.hpp"

namespace filet::questionnaires {
namespace {

namespace repo = questionnaire_repository;
using QuestionnaireRepositoryTest = filet::testing::EngineTest;

constexpr const char* kOrgA = "00000000-0000-4000-8000-0000000000a1";
constexpr const char* kOrgB = "00000000-0000-4000-8000-0000000000b1";

db::Scope manager_scope(const std::string& org) {
  auth::Principal p{"u", "u@x", "U", "fr", false, {{org, "Org", auth::Role::manager}}, {}, {}};
  return *auth::ScopeIssuer::for_principal(
      p, [](const std::string&) -> Result<std::vector<std::string>> { return std::vector<std::string>{}; });
}

void add_organizations(db::Connection& c) {
  for (const char* id : {kOrgA, kOrgB}) {
    core::Organization o{id, std::string("Org ") + id, "community_family"};
    o.created_at = o.updated_at = "2026-01-01T00:00:00Z";
    ASSERT_TRUE(core::organization_repository::insert(c, o, {}));
  }
}

Questionnaire appreciation_questionnaire(const std::string& org) {
  return {"00000000-0000-4000-8000-0000000000e0",
          org,
          "appreciation",
          {"Appréciation et retombées", "Appreciation and outcomes"},
          "2026-03-01T00:00:00Z",
          "2026-03-01T00:00:00Z",
          1};
}

TEST_P(QuestionnaireRepositoryTest, AVersionReadsBackExactlyAsWritten) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_organizations(**c);
  auto scope = manager_scope(kOrgA);
  auto s = scope.on(**c);
  ASSERT_TRUE(repo::insert(s, appreciation_questionnaire(kOrgA)));
  Version v = testing::appreciation();
  v.items[3].other_specify = true;
  v.items[3].relevant->values = {"non", "oui"};
  ASSERT_TRUE(repo::insert_version(s, v));

  auto back = repo::find_version(s, v.id);
  ASSERT_TRUE(back) << back.error().detail;
  EXPECT_EQ(*back, v);
  EXPECT_EQ(*repo::find(s, v.questionnaire_id), appreciation_questionnaire(kOrgA));
  EXPECT_EQ(*repo::next_version_number(s, v.questionnaire_id, ""), 2);
  EXPECT_EQ(*repo::next_version_number(s, v.questionnaire_id, "PG"), 1);  // numbered per respondent group

  Version pg = testing::appreciation();
  pg.id = "00000000-0000-4000-8000-0000000000e2";
  pg.respondent_group = "PG";
  pg.items.resize(2);
  ASSERT_TRUE(repo::insert_version(s, pg));
  auto versions = repo::versions_of(s, v.questionnaire_id);
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[0].respondent_group, "");
  EXPECT_EQ((*versions)[1].respondent_group, "PG");
  // The same version number and group twice is refused, and nothing of it is half-kept by the caller's
  // transaction (the service's), which the conflict aborts.
  EXPECT_EQ(repo::insert_version(s, pg).error().code, ErrorCode::conflict);
}

TEST_P(QuestionnaireRepositoryTest, TheScopeDecidesWhoReachesAQuestionnaire) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_organizations(**c);
  auto scope_a = manager_scope(kOrgA);
  auto in_a = scope_a.on(**c);
  ASSERT_TRUE(repo::insert(in_a, appreciation_questionnaire(kOrgA)));
  ASSERT_TRUE(repo::insert_version(in_a, testing::appreciation()));

  auto scope_b = manager_scope(kOrgB);
  auto in_b = scope_b.on(**c);
  const std::string id = appreciation_questionnaire(kOrgA).id;
  EXPECT_EQ(repo::find(in_b, id).error().code, ErrorCode::not_found);
  EXPECT_EQ(repo::find_version(in_b, testing::appreciation().id).error().code, ErrorCode::not_found);
  EXPECT_EQ(repo::list(in_b, "", {})->total, 0);
  EXPECT_EQ(repo::insert(in_b, appreciation_questionnaire(kOrgA)).error().code, ErrorCode::forbidden);
  Version other = testing::appreciation();
  other.id = "00000000-0000-4000-8000-0000000000e3";
  other.number = 2;
  EXPECT_EQ(repo::insert_version(in_b, other).error().code, ErrorCode::not_found);

  // The command line's host scope reaches every organization.
  auto host = auth::ScopeIssuer::for_host();
  auto everywhere = host.on(**c);
  EXPECT_EQ(repo::list(everywhere, "", {})->total, 1);
  EXPECT_EQ(repo::list(everywhere, kOrgB, {})->total, 0);
  // Codes are unique per organization, not across them.
  Questionnaire again = appreciation_questionnaire(kOrgA);
  again.id = "00000000-0000-4000-8000-0000000000e9";
  EXPECT_EQ(repo::insert(everywhere, again).error().code, ErrorCode::conflict);
  again.organization_id = kOrgB;
  EXPECT_TRUE(repo::insert(everywhere, again));
  EXPECT_EQ(repo::list(everywhere, "", {.sort = "-code"})->total, 2);
}

FILET_ON_BOTH_ENGINES(QuestionnaireRepositoryTest);

}  // namespace
}  // namespace filet::questionnaires
