// The demo's questionnaires on both engines, read back through the results service as the
// evaluation team reads them: every annex item of seed 000 within 0.05 of its mean and 0.1 of its
// SD over 31 answers; seed 003's two versions with 49 and 56 answers whose shares follow the
// seed's tables; and the same answers when the demo is loaded again.
#include "demo/demo_questionnaires.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "auth/policy.hpp"
#include "core/organization_repository.hpp"
#include "db/testing/test_database.hpp"
#include "demo/demo_questionnaires_data.hpp"
#include "questionnaires/campaign_service.hpp"

namespace filet::demo {
namespace {

using DemoQuestionnairesTest = filet::testing::EngineTest;
namespace q = questionnaires;

constexpr const char* kOrgA = "00000000-0000-4000-8000-0000000000a1";
constexpr const char* kOrgB = "00000000-0000-4000-8000-0000000000b1";

// The organization's manager: reads its results identified, nothing hidden.
struct Manager {
  explicit Manager(const std::string& org)
      : principal{"", "", "Demo", "fr", false, {{org, "Org", auth::Role::manager}}, {}, {}},
        scope(*auth::ScopeIssuer::for_principal(principal, [](const std::string&) -> Result<std::vector<std::string>> {
          return std::vector<std::string>{};
        })) {}
  q::Requester requester() const { return {principal, scope, {"", "filet demo", ""}}; }
  auth::Principal principal;
  db::Scope scope;
};

void add_organization(db::Pool& pool, const char* id) {
  auto c = pool.acquire();
  core::Organization o{id, std::string("Évaluation ") + id, "other"};
  o.created_at = o.updated_at = "2026-01-01T00:00:00Z";
  ASSERT_TRUE(core::organization_repository::insert(**c, o, {}));
}

q::CampaignResults results_of(db::Pool& pool, const Manager& who, const std::string& org, std::string_view name) {
  q::CampaignService campaigns(pool);
  auto found = campaigns.list(who.requester(), {org, "", std::string(name)}, {}, 5);
  EXPECT_TRUE(found) << found.error().detail;
  EXPECT_EQ(found->items.size(), 1u) << name;
  auto results = campaigns.results(who.requester(), found->items.at(0).id);
  EXPECT_TRUE(results) << results.error().detail;
  EXPECT_FALSE(results->suppressed);
  return *results;
}

const q::ItemResult& item(const q::CampaignResults& r, std::string_view code) {
  for (const auto& i : r.everyone.items)
    if (i.code == code) return i;
  throw std::runtime_error("no item " + std::string(code));
}

double share_of(const q::ItemResult& i, std::string_view option) {
  for (const auto& o : i.choice->options)
    if (o.code == option) return static_cast<double>(*o.count) / static_cast<double>(i.choice->respondents);
  return -1;
}

TEST_P(DemoQuestionnairesTest, TheAnnexesFiguresComeBackThroughTheResults) {
  add_organization(pool(), kOrgA);
  const Manager manager(kOrgA);
  auto summary = load_demo_questionnaires(pool(), manager.requester(), kOrgA);
  ASSERT_TRUE(summary) << summary.error().detail;
  EXPECT_EQ(summary->questionnaires, 2);
  EXPECT_EQ(summary->versions, 3);
  EXPECT_EQ(summary->campaigns, 3);
  EXPECT_EQ(summary->responses, 31 + 49 + 56);

  const auto appreciation = results_of(pool(), manager, kOrgA, kAppreciationCampaign);
  EXPECT_EQ(appreciation.everyone.responses, kAppreciationRespondents);
  ASSERT_EQ(appreciation_items().size(), 37u);  // annex 1: 18 items, annex 2: 19
  for (const AnnexItem& a : appreciation_items()) {
    const q::LikertResult& l = *item(appreciation, a.code).likert;
    EXPECT_EQ(l.n, kAppreciationRespondents) << a.code;
    EXPECT_LE(std::abs(*l.mean - a.mean), 0.05) << a.code << " " << *l.mean;
    EXPECT_LE(std::abs(*l.sd - a.sd), 0.1) << a.code << " " << *l.sd;
  }
  // Each dimension's items move together: a plausible Cronbach's alpha.
  for (const auto& d : appreciation.everyone.dimensions) {
    ASSERT_TRUE(d.alpha) << d.section;
    EXPECT_GT(*d.alpha, 0.5) << d.section;
  }
  // Table 4: 90 % women.
  EXPECT_NEAR(share_of(item(appreciation, "genre"), "femme"), 0.90, 0.04);

  const auto ptp = results_of(pool(), manager, kOrgA, kOutreachCampaignPtp);
  const auto pg = results_of(pool(), manager, kOrgA, kOutreachCampaignPg);
  EXPECT_EQ(ptp.everyone.responses, kOutreachWorkers);
  EXPECT_EQ(pg.everyone.responses, kManagers);
  EXPECT_EQ(ptp.version.questionnaire_id, pg.version.questionnaire_id);
  EXPECT_EQ(ptp.version.respondent_group, "PTP");
  EXPECT_EQ(pg.version.respondent_group, "PG");
  // The strategies' "5 times or more" and "effective or very effective" shares, as in the seed's tables.
  for (const auto* strategies : {&networking_strategies(), &outreach_strategies()})
    for (const Strategy& s : *strategies) {
      EXPECT_NEAR(*item(ptp, s.code + "_freq").likert->top_box, s.frequent, 0.03) << s.code;
      EXPECT_NEAR(*item(ptp, s.code + "_eff").likert->top_box, s.effective, 0.05) << s.code;
    }
  // Only the PTP are asked about strategies; both about their key partners, in their own shares.
  bool pg_has_grids = false;
  for (const auto& i : pg.version.items) pg_has_grids |= i.code == "dem_parcs_freq";
  EXPECT_FALSE(pg_has_grids);
  EXPECT_NEAR(share_of(item(ptp, "partenaire_cle"), "tables"), 0.05, 0.03);
  EXPECT_NEAR(share_of(item(pg, "partenaire_cle"), "tables"), 0.16, 0.03);
}

TEST_P(DemoQuestionnairesTest, LoadedTwiceItGivesTheSameAnswers) {
  add_organization(pool(), kOrgA);
  add_organization(pool(), kOrgB);
  const Manager a(kOrgA), b(kOrgB);
  ASSERT_TRUE(load_demo_questionnaires(pool(), a.requester(), kOrgA));
  ASSERT_TRUE(load_demo_questionnaires(pool(), b.requester(), kOrgB));
  for (auto name : {kAppreciationCampaign, kOutreachCampaignPtp, kOutreachCampaignPg}) {
    const auto first = results_of(pool(), a, kOrgA, name), second = results_of(pool(), b, kOrgB, name);
    ASSERT_EQ(first.everyone.items.size(), second.everyone.items.size());
    for (size_t i = 0; i < first.everyone.items.size(); ++i) {
      const auto &x = first.everyone.items[i], &y = second.everyone.items[i];
      const auto& xo = x.likert ? x.likert->options : x.choice->options;
      const auto& yo = y.likert ? y.likert->options : y.choice->options;
      ASSERT_EQ(xo.size(), yo.size()) << x.code;
      for (size_t o = 0; o < xo.size(); ++o) EXPECT_EQ(xo[o].count, yo[o].count) << x.code << " " << xo[o].code;
    }
    ASSERT_EQ(first.everyone.dimensions.size(), second.everyone.dimensions.size());
    for (size_t d = 0; d < first.everyone.dimensions.size(); ++d)
      EXPECT_EQ(first.everyone.dimensions[d].alpha, second.everyone.dimensions[d].alpha);  // same answers, same rows
  }
}

FILET_ON_BOTH_ENGINES(DemoQuestionnairesTest);

}  // namespace
}  // namespace filet::demo
