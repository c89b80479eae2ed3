// Campaigns and their anonymous answers on both engines: what a stored response holds (a random
// id, the campaign, the day: no respondent, no time, no arrival number), that SQLite keeps them
// out of arrival order, and the counts results are computed from.
#include "questionnaires/campaign_repository.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "auth/policy.hpp"
#include "common/ids.hpp"
#include "core/organization_repository.hpp"
#include "db/testing/test_database.hpp"
#include "questionnaires/questionnaire_repository.hpp"
#include "questionnaires/questionnaire_test_support.hpp"

namespace filet::questionnaires {
namespace {

namespace repo = campaign_repository;
using CampaignRepositoryTest = filet::testing::EngineTest;

constexpr const char* kOrgA = "00000000-0000-4000-8000-0000000000a1";
constexpr const char* kOrgB = "00000000-0000-4000-8000-0000000000b1";
constexpr const char* kCampaign = "00000000-0000-4000-8000-0000000000c1";

db::Scope manager_scope(const std::string& org) {
  auth::Principal p{"u", "u@x", "U", "fr", false, {{org, "Org", auth::Role::manager}}, {}, {}};
  return *auth::ScopeIssuer::for_principal(
      p, [](const std::string&) -> Result<std::vector<std::string>> { return std::vector<std::string>{}; });
}

// Two organizations, A's appreciation questionnaire, its version and a campaign open in March.
void prepare(db::Connection& c) {
  for (const char* id : {kOrgA, kOrgB}) {
    core::Organization o{id, std::string("Org ") + id, "community_family"};
    o.created_at = o.updated_at = "2026-01-01T00:00:00Z";
    ASSERT_TRUE(core::organization_repository::insert(c, o, {}));
  }
  auto host = auth::ScopeIssuer::for_host();
  auto s = host.on(c);
  const Version v = testing::appreciation();
  ASSERT_TRUE(questionnaire_repository::insert(
      s, {v.questionnaire_id, kOrgA, "appreciation", {"Appréciation", "Appreciation"}, "t", "t", 1}));
  ASSERT_TRUE(questionnaire_repository::insert_version(s, v));
  Campaign k{kCampaign, kOrgA, v.id, "Printemps 2026", "2026-03-01", "2026-03-31"};
  k.link_token = "lien-de-test-0123456789";
  k.created_at = k.updated_at = "2026-02-20T00:00:00Z";
  ASSERT_TRUE(repo::insert(s, k));
}

std::vector<std::string> columns_of(db::Connection& c, const std::string& table) {
  std::vector<std::string> out;
  const bool sqlite = c.engine() == db::Engine::sqlite;
  auto rows = sqlite ? c.query("SELECT name FROM pragma_table_info(?)", {table})
                     : c.query(
                           "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                           "AND table_schema = current_schema()",
                           {table});
  for (const db::Row& r : *rows) out.push_back(r.text(0));
  std::ranges::sort(out);
  return out;
}

TEST_P(CampaignRepositoryTest, AStoredResponseNamesNobodyAndNoMomentFinerThanTheDay) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  prepare(**c);
  // Thirty respondents in a row; the n-th says it has n children, so the test knows the arrival order.
  for (int n = 0; n < 30; ++n)
    ASSERT_TRUE(
        repo::record_response(**c, kCampaign, "2026-03-05",
                              {{"q_accueil", {{"4"}}}, {"participe", {{"oui"}}}, {"enfants", {{std::to_string(n)}}}}));

  // Every column of the answer tables: none for a person, a session, a time or a sequence.
  EXPECT_EQ(columns_of(**c, "survey_responses"), (std::vector<std::string>{"campaign_id", "id", "received_on"}));
  EXPECT_EQ(columns_of(**c, "survey_answers"),
            (std::vector<std::string>{"item_code", "position", "response_id", "value"}));
  auto rows = (*c)->query("SELECT id, received_on FROM survey_responses");
  ASSERT_EQ(rows->size(), 30u);
  for (const db::Row& r : *rows) {
    EXPECT_TRUE(ids::is_uuid(r.text(0)));
    EXPECT_EQ(r.text(1), "2026-03-05");  // the day, nothing finer
  }
  // No arrival number hides behind the table either.
  if ((*c)->engine() == db::Engine::sqlite) {
    EXPECT_FALSE((*c)->query("SELECT rowid FROM survey_responses"));
  }
}

// The export's pages: every response once, by random id (not by arrival), with its answers, its
// "other, specify" text, and responses that answered nothing at all.
TEST_P(CampaignRepositoryTest, ResponsesArePagedByTheirRandomIdWithTheirAnswers) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  prepare(**c);
  for (int n = 0; n < 4; ++n)
    ASSERT_TRUE(repo::record_response(**c, kCampaign, "2026-03-05",
                                      {{"participe", {{"non"}}},
                                       {"pourquoi", {{"horaire", "transport"}, "loin"}},
                                       {"enfants", {{std::to_string(n)}}}}));
  ASSERT_TRUE(repo::record_response(**c, kCampaign, "2026-03-05", {}));
  std::vector<repo::StoredResponse> all;
  std::string after;
  for (int page = 0; page < 10; ++page) {
    auto batch = repo::responses_after(**c, kCampaign, after, 2);
    ASSERT_TRUE(batch) << batch.error().detail;
    if (batch->empty()) break;
    after = batch->back().id;
    all.insert(all.end(), batch->begin(), batch->end());
  }
  ASSERT_EQ(all.size(), 5u);
  EXPECT_TRUE(std::ranges::is_sorted(all, {}, &repo::StoredResponse::id));
  std::vector<std::string> children;
  for (const auto& r : all) {
    if (r.answers.empty()) continue;  // the one that answered nothing is a row too
    EXPECT_EQ(r.answers.at("pourquoi"), (Answer{{"horaire", "transport"}, "loin"}));
    children.push_back(r.answers.at("enfants").values.at(0));
  }
  std::ranges::sort(children);
  EXPECT_EQ(children, (std::vector<std::string>{"0", "1", "2", "3"}));
  EXPECT_TRUE(repo::responses_after(**c, "00000000-0000-4000-8000-0000000000ff", "", 2)->empty());
}

// SQLite only: PostgreSQL's heap keeps rows near where they were written (the known limit written
// in pg/0016_questionnaires.sql); SQLite's WITHOUT ROWID tables are stored in key order.
TEST_P(CampaignRepositoryTest, SQLiteStoresResponsesInTheOrderOfTheirRandomKeyNotOfArrival) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  if ((*c)->engine() != db::Engine::sqlite) GTEST_SKIP() << "physical order: SQLite's WITHOUT ROWID tables only";
  prepare(**c);
  for (int n = 0; n < 30; ++n)
    ASSERT_TRUE(
        repo::record_response(**c, kCampaign, "2026-03-05",
                              {{"q_accueil", {{"4"}}}, {"participe", {{"oui"}}}, {"enfants", {{std::to_string(n)}}}}));
  // The table's own order (a scan without ORDER BY reads the b-tree in key order).
  std::vector<std::string> stored;
  auto by_storage = (*c)->query("SELECT id FROM survey_responses");  // kept: a loop over a temporary dangles
  for (const db::Row& r : *by_storage) stored.push_back(r.text(0));
  std::map<std::string, int> arrival;
  auto children = (*c)->query("SELECT response_id, value FROM survey_answers WHERE item_code = 'enfants'");
  for (const db::Row& r : *children) arrival[r.text(0)] = std::stoi(r.text(1));
  std::vector<int> order;
  for (const std::string& id : stored) order.push_back(arrival.at(id));
  EXPECT_TRUE(std::ranges::is_sorted(stored));  // stored by the random key…
  EXPECT_FALSE(std::ranges::is_sorted(order));  // …so not in arrival order (1 chance in 30! otherwise)
  EXPECT_EQ(order.size(), 30u);
}

TEST_P(CampaignRepositoryTest, CountsGroupTheAnswersOfItemsWithOptionsWithinTheScope) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  prepare(**c);
  // 2 × 1, 3 × 2, 5 × 3, 10 × 4 and 3 "ne sais pas" (mean 3.15, sample SD 1.0399898784932577).
  const std::vector<std::pair<std::string, int>> scale{{"1", 2}, {"2", 3}, {"3", 5}, {"4", 10}, {"nsp", 3}};
  int n = 0;
  for (const auto& [code, times] : scale)
    for (int i = 0; i < times; ++i, ++n) {
      Answers a{{"q_accueil", {{code}}}, {"participe", {{n % 3 == 0 ? "non" : "oui"}}}, {"commentaire", {{"Merci !"}}}};
      if (n % 3 == 0) a["pourquoi"] = n % 2 == 0 ? Answer{{"horaire", "transport"}} : Answer{{"horaire"}};
      ASSERT_TRUE(repo::record_response(**c, kCampaign, "2026-03-0" + std::to_string(1 + n % 9), a));
    }
  auto scope = manager_scope(kOrgA);
  auto s = scope.on(**c);
  auto counts = repo::counts(s, kCampaign);
  ASSERT_TRUE(counts) << counts.error().detail;
  EXPECT_EQ(counts->responses, 23);
  EXPECT_FALSE(counts->values.contains("commentaire"));  // texts are not counted
  const Version v = testing::appreciation();
  auto likert = likert_result(v.items[0], counts->values.at("q_accueil"));
  ASSERT_TRUE(likert);
  EXPECT_EQ(likert->n, 20);
  EXPECT_EQ(likert->off_scale, 3);
  EXPECT_NEAR(*likert->mean, 3.15, 1e-12);
  EXPECT_NEAR(*likert->sd, 1.0399898784932577, 1e-12);
  // n = 0, 3, …, 21: 8 answered "non", then "pourquoi"; even n both reasons (0, 6, 12, 18), odd n one.
  EXPECT_EQ(counts->respondents.at("pourquoi"), 8);
  auto why = choice_result(v.items[3], counts->values.at("pourquoi"), counts->respondents.at("pourquoi"));
  ASSERT_TRUE(why);
  EXPECT_EQ(why->options[0].count, 8);  // horaire
  EXPECT_EQ(why->options[1].count, 4);  // transport

  // Another organization's manager reaches neither the campaign nor its counts.
  auto scope_b = manager_scope(kOrgB);
  auto in_b = scope_b.on(**c);
  EXPECT_EQ(repo::counts(in_b, kCampaign).error().code, ErrorCode::not_found);
  EXPECT_EQ(repo::find(in_b, kCampaign).error().code, ErrorCode::not_found);
  // The link finds it, whoever asks.
  EXPECT_EQ(repo::find_by_link(**c, "lien-de-test-0123456789")->id, kCampaign);
  EXPECT_EQ(repo::find_by_link(**c, "autre").error().code, ErrorCode::not_found);
}

TEST_P(CampaignRepositoryTest, ACampaignAnswersAVersionOfItsOwnOrganization) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  prepare(**c);
  auto host = auth::ScopeIssuer::for_host();
  auto s = host.on(**c);
  Campaign k{"00000000-0000-4000-8000-0000000000c2",
             kOrgB,
             testing::appreciation().id,
             "Ailleurs",
             "2026-03-01",
             "2026-03-31"};
  k.link_token = "autre-lien";
  k.created_at = k.updated_at = "2026-02-20T00:00:00Z";
  auto refused = repo::insert(s, k);
  ASSERT_FALSE(refused);
  ASSERT_EQ(refused.error().fields.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].field, "version_id");
  auto scope_b = manager_scope(kOrgB);
  auto in_b = scope_b.on(**c);
  k.organization_id = kOrgA;
  EXPECT_EQ(repo::insert(in_b, k).error().code, ErrorCode::forbidden);
}

FILET_ON_BOTH_ENGINES(CampaignRepositoryTest);

}  // namespace
}  // namespace filet::questionnaires
