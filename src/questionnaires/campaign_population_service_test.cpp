// Invitation campaigns end to end on both engines: a group's participants invited, one answer per
// token, the respondents' coarse attributes kept, and — for an anonymous campaign — no table
// anywhere (the audit log included) holding a token beside a response, or a response's id
// outside the answer tables; an identified campaign links its responses in survey_respondents.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "common/ids.hpp"

#include "db/testing/test_database.hpp"
#include "questionnaires/campaign_service.hpp"
#include "questionnaires/campaign_test_support.hpp"

namespace filet::questionnaires {
namespace {

using CampaignPopulationTest = filet::testing::EngineTest;
using namespace testing::campaign;

constexpr const char* kGroup = "00000000-0000-4000-8000-0000000000d1";

std::vector<std::string> column(db::Connection& c, const std::string& sql) {
  std::vector<std::string> out;
  auto rows = c.query(sql);
  if (!rows) {
    ADD_FAILURE() << sql << ": " << rows.error().detail;
    return out;
  }
  for (const db::Row& r : *rows) out.push_back(r.text(0));
  return out;
}

int64_t count_of(db::Connection& c, const std::string& sql) {
  return c.query(sql)->front().integer(0);
}

std::vector<std::string> tables(db::Connection& c) {
  return column(c, c.engine() == db::Engine::sqlite
                       ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                       : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                         "AND table_type = 'BASE TABLE'");
}

std::vector<std::string> columns(db::Connection& c, const std::string& table) {
  std::vector<std::string> out;
  auto rows = c.engine() == db::Engine::sqlite
                  ? c.query("SELECT name FROM pragma_table_info(?)", {table})
                  : c.query(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                        "AND table_schema = current_schema()",
                        {table});
  for (const db::Row& r : *rows) out.push_back(r.text(0));
  return out;
}

// The tables and columns where one of `values` is stored (CAST: every column compared as text).
std::vector<std::string> where_stored(db::Connection& c, const std::vector<std::string>& values) {
  std::vector<std::string> out;
  std::string marks;
  db::Params params;
  for (const std::string& v : values) {
    marks += marks.empty() ? "?" : ", ?";
    params.emplace_back(v);
  }
  for (const std::string& t : tables(c))
    for (const std::string& col : columns(c, t)) {
      auto n =
          c.query("SELECT COUNT(*) FROM \"" + t + "\" WHERE CAST(\"" + col + "\" AS TEXT) IN (" + marks + ")", params);
      EXPECT_TRUE(n) << t << "." << col;  // every column is read: none escapes the scan
      if (n && n->front().integer(0) > 0) out.push_back(t + "." + col);
    }
  std::ranges::sort(out);
  return out;
}

struct Manager {
  auth::Principal principal{"u", "u@x", "U", "fr", false, {{kOrgA, "Org", auth::Role::manager}}, {}, {}};
  db::Scope scope = manager_scope(kOrgA);
  Requester requester() const { return {principal, scope, {"u", "u@x", "req"}}; }
};

// Seven participants of A's group "Cohorte 1": six with an e-mail, one without.
void add_group(db::Connection& c) {
  ASSERT_TRUE(c.execute(
      "INSERT INTO work_groups (id, organization_id, name, kind, cohort, created_at, updated_at) VALUES (?, ?, "
      "'Cohorte', 'co_development', 'Cohorte 1', 't', 't')",
      {kGroup, kOrgA}));
  for (int n = 1; n <= 7; ++n)
    ASSERT_TRUE(c.execute(
        "INSERT INTO group_participants (id, group_id, kind, label, organization_id, status, created_at, updated_at, "
        "email) VALUES (?, ?, 'practitioner', ?, ?, 'registered', 't', 't', ?)",
        {"00000000-0000-4000-8000-00000000010" + std::to_string(n), kGroup, "Participant " + std::to_string(n), kOrgA,
         n == 7 ? std::string() : "p" + std::to_string(n) + "@example.org"}));
}

CampaignChanges group_campaign(const std::string& name, bool anonymous) {
  CampaignChanges k{kOrgA, testing::appreciation().id, name, "2026-03-01", "2026-03-31"};
  k.population = "group";
  k.group_id = kGroup;
  k.anonymous = anonymous;
  return k;
}

const Answers kAnswers{{"q_accueil", {{"4"}}}, {"participe", {{"oui"}}}};

// A's group campaign opened by A's manager, and its invitations' tokens.
struct Opened {
  Manager who;
  CampaignService service;
  Campaign campaign;
  std::vector<std::string> tokens;
};

std::unique_ptr<Opened> open_campaign(db::Pool& pool, db::Connection& c, const std::string& name, bool anonymous) {
  prepare(c);
  add_group(c);
  auto out = std::unique_ptr<Opened>(new Opened{{}, CampaignService(pool), {}, {}});
  auto k = out->service.create(out->who.requester(), group_campaign(name, anonymous));
  if (!k) {
    ADD_FAILURE() << k.error().detail;
    return nullptr;
  }
  out->campaign = *k;
  out->tokens = column(c, "SELECT token FROM survey_invitations WHERE campaign_id = '" + k->id + "'");
  return out;
}

TEST_P(CampaignPopulationTest, AnAnonymousTokenCampaignKeepsNoLinkBetweenATokenAndAResponse) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto opened = open_campaign(pool(), **c, "Jetons", true);
  ASSERT_TRUE(opened);
  auto& [who, service, campaign, tokens] = *opened;
  const Campaign* k = &campaign;
  EXPECT_EQ(k->invited, 6);
  ASSERT_EQ(tokens.size(), 6u);

  for (int i = 0; i < 4; ++i) ASSERT_TRUE(service.submit(tokens[i], kAnswers, "2026-03-05"));
  // One answer per token: the second is a conflict naming the invitation, and writes nothing.
  auto again = service.submit(tokens[0], kAnswers, "2026-03-06");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  ASSERT_EQ(again.error().fields.size(), 1u);
  EXPECT_EQ(again.error().fields[0].field, "invitation");
  EXPECT_EQ(count_of(**c, "SELECT COUNT(*) FROM survey_responses WHERE campaign_id = '" + k->id + "'"), 4);
  auto read = service.get(who.requester(), k->id);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->answered, 4);

  // The tokens are only in the invitations; the responses' ids only in the answer tables.
  const auto responses = column(**c, "SELECT id FROM survey_responses WHERE campaign_id = '" + k->id + "'");
  EXPECT_EQ(where_stored(**c, tokens), std::vector<std::string>{"survey_invitations.token"});
  EXPECT_EQ(where_stored(**c, responses),
            (std::vector<std::string>{"survey_answers.response_id", "survey_responses.id"}));
  // The day only, and the group's cohort (six invitees share it, k = 5); no sector or setting
  // beyond what the six share either.
  EXPECT_EQ(column(**c,
                   "SELECT DISTINCT received_on || '|' || cohort || '|' || sector FROM survey_responses WHERE "
                   "campaign_id = '" +
                       k->id + "'"),
            std::vector<std::string>{"2026-03-05|Cohorte 1|community_family"});
  // The stored order is not the arrival order: random keys (UUID v4), and on SQLite (WITHOUT
  // ROWID) a scan meets them in key order, whatever order they came in.
  for (const std::string& id : responses) EXPECT_TRUE(ids::is_uuid(id)) << id;
  if ((*c)->engine() == db::Engine::sqlite) {
    auto by_key = responses;
    std::ranges::sort(by_key);
    EXPECT_EQ(responses, by_key);
  }
}

TEST_P(CampaignPopulationTest, AnIdentifiedCampaignLinksEachResponseToItsInvitation) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto opened = open_campaign(pool(), **c, "Nominatif", false);
  ASSERT_TRUE(opened);
  auto& [who, service, campaign, tokens] = *opened;
  const Campaign* k = &campaign;
  ASSERT_EQ(tokens.size(), 6u);
  ASSERT_TRUE(service.submit(tokens[2], kAnswers, "2026-03-05"));
  EXPECT_EQ(column(**c, "SELECT invitation_token FROM survey_respondents WHERE campaign_id = '" + k->id + "'"),
            std::vector<std::string>{tokens[2]});
  auto waiting = service.non_respondents(who.requester(), k->id, db::ListQuery{});
  ASSERT_TRUE(waiting);
  EXPECT_EQ(waiting->total, 5);
}

TEST_P(CampaignPopulationTest, AGroupOfAnotherOrganizationOrNoInviteeIsRefusedAndNothingWritten) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  prepare(**c);
  add_group(**c);
  ASSERT_TRUE((*c)->execute("UPDATE group_participants SET email = ''"));
  Manager who;
  CampaignService service(pool());
  auto none = service.create(who.requester(), group_campaign("Personne", true));
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().fields.at(0).field, "group_id");
  EXPECT_EQ(column(**c, "SELECT COUNT(*) FROM survey_campaigns WHERE name = 'Personne'"),
            std::vector<std::string>{"0"});
}

FILET_ON_BOTH_ENGINES(CampaignPopulationTest);

}  // namespace
}  // namespace filet::questionnaires
