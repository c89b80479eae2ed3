// Campaigns and their anonymous answers on both engines: what a stored response holds (a random
// id, the campaign, the day: no respondent, no time, no arrival number), that SQLite keeps them
// out of arrival order.
#include "questionnaires/campaign_repository.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "common/ids.hpp"
#include "db/testing/test_database.hpp"
#include "questionnaires/campaign_test_support.hpp"
#include "questionnaires/questionnaire_repository.hpp"

namespace filet::questionnaires {
namespace {

namespace repo = campaign_repository;
using CampaignRepositoryTest = filet::testing::EngineTest;
using namespace testing::campaign;

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

  // Every column of the answer tables: none for a person, a session, a time or a sequence (the
  // respondent's coarse attributes, campaign_population, are no identifier).
  EXPECT_EQ(columns_of(**c, "survey_responses"),
            (std::vector<std::string>{"campaign_id", "cohort", "id", "received_on", "sector", "setting"}));
  EXPECT_EQ(columns_of(**c, "survey_answers"),
            (std::vector<std::string>{"campaign_id", "item_code", "position", "response_id", "value"}));
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
// in 0016_questionnaires.sql); SQLite's WITHOUT ROWID tables are stored in key order.
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
