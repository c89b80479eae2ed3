// The services end to end on both engines: a questionnaire imported from XLSForm (or refused,
// leaving nothing), a campaign, anonymous answers through its link checked against the version,
// and results, in full for the organization and with small counts hidden for the network.
#include <gtest/gtest.h>

#include <map>

#include "auth/policy.hpp"
#include "core/organization_repository.hpp"
#include "db/testing/test_database.hpp"
#include "questionnaires/campaign_service.hpp"
#include "questionnaires/questionnaire_service.hpp"
#include "questionnaires/questionnaire_test_support.hpp"
#include "questionnaires/xlsform.hpp"

namespace filet::questionnaires {
namespace {

using QuestionnaireServiceTest = filet::testing::EngineTest;

constexpr const char* kOrgA = "00000000-0000-4000-8000-0000000000a1";
constexpr const char* kOrgB = "00000000-0000-4000-8000-0000000000b1";

auth::Principal member(const std::string& org, auth::Role role) {
  return {"u-" + org, "u@x", "U", "fr", false, {{org, "Org", role}}, {}, {}};
}

db::Scope scope_of(const auth::Principal& p) {
  // Coordinators and evaluators of B work in a program with A.
  return *auth::ScopeIssuer::for_principal(p, [](const std::string& org) -> Result<std::vector<std::string>> {
    return org == kOrgB ? std::vector<std::string>{kOrgA} : std::vector<std::string>{};
  });
}

struct Who {
  auth::Principal principal;
  db::Scope scope;
  Requester requester() const { return {principal, scope, {principal.user_id, principal.email, "req"}}; }
};

Who who(const std::string& org, auth::Role role) {
  auto p = member(org, role);
  return {p, scope_of(p)};
}

std::string appreciation_xlsx() {
  xlsform::Form form{"appreciation", {"Appréciation", "Appreciation"}, testing::appreciation()};
  return *xlsform::write(form);
}

int64_t count(db::Pool& pool, const std::string& table) {
  auto c = pool.acquire();
  return (*c)->query("SELECT COUNT(*) FROM " + table)->front().integer(0);
}

class Fixture {
 public:
  explicit Fixture(db::Pool& pool) : questionnaires(pool), campaigns(pool) {
    auto c = pool.acquire();
    for (const char* id : {kOrgA, kOrgB}) {
      core::Organization o{id, std::string("Org ") + id, "community_family"};
      o.created_at = o.updated_at = "2026-01-01T00:00:00Z";
      EXPECT_TRUE(core::organization_repository::insert(**c, o, {}));
    }
  }
  QuestionnaireService questionnaires;
  CampaignService campaigns;
};

TEST_P(QuestionnaireServiceTest, BuildersImportAnXlsFormAndARefusedFileLeavesNothing) {
  Fixture f(pool());
  const Who manager = who(kOrgA, auth::Role::manager);
  auto q = f.questionnaires.import_xlsform(manager.requester(), kOrgA, appreciation_xlsx());
  ASSERT_TRUE(q) << q.error().detail;
  EXPECT_EQ(q->code, "appreciation");
  EXPECT_EQ(count(pool(), "questionnaire_items"), 8);

  // The same form_id again, a malformed file, a file that is no workbook: refused, nothing written.
  auto again = f.questionnaires.import_xlsform(manager.requester(), kOrgA, appreciation_xlsx());
  ASSERT_FALSE(again);
  ASSERT_EQ(again.error().fields.size(), 1u);
  EXPECT_EQ(again.error().fields[0].field, "settings[2].form_id");
  xlsform::Form broken{"autre", {"Autre", "Other"}, testing::appreciation()};
  broken.version.items[3].relevant = Condition{"participe", {"peut-etre"}};
  auto malformed = f.questionnaires.import_xlsform(manager.requester(), kOrgA, *xlsform::write(broken));
  ASSERT_FALSE(malformed);
  EXPECT_EQ(malformed.error().code, ErrorCode::validation_failed);
  auto not_a_workbook = f.questionnaires.import_xlsform(manager.requester(), kOrgA, "pas un fichier");
  ASSERT_FALSE(not_a_workbook);
  EXPECT_EQ(not_a_workbook.error().code, ErrorCode::validation_failed);
  ASSERT_EQ(not_a_workbook.error().fields.size(), 1u);
  EXPECT_EQ(not_a_workbook.error().fields[0].field, "file");
  EXPECT_EQ(count(pool(), "questionnaires"), 1);
  EXPECT_EQ(count(pool(), "questionnaire_versions"), 1);

  // Who builds: not a practitioner, not another organization's manager; B's evaluator for A (their program).
  EXPECT_EQ(
      f.questionnaires.import_xlsform(who(kOrgA, auth::Role::practitioner).requester(), kOrgA, appreciation_xlsx())
          .error()
          .code,
      ErrorCode::forbidden);
  EXPECT_EQ(f.questionnaires.import_xlsform(who(kOrgB, auth::Role::manager).requester(), kOrgA, appreciation_xlsx())
                .error()
                .code,
            ErrorCode::forbidden);
  xlsform::Form other{"suivi", {"Suivi", "Follow-up"}, testing::appreciation()};
  EXPECT_TRUE(
      f.questionnaires.import_xlsform(who(kOrgB, auth::Role::evaluator).requester(), kOrgA, *xlsform::write(other)));
  EXPECT_EQ(count(pool(), "questionnaires"), 2);
}

TEST_P(QuestionnaireServiceTest, AnAnonymousCampaignFromLinkToResults) {
  Fixture f(pool());
  const Who manager = who(kOrgA, auth::Role::manager);
  const Questionnaire q = *f.questionnaires.import_xlsform(manager.requester(), kOrgA, appreciation_xlsx());
  auto c = pool().acquire();
  const std::string version_id =
      (*c)->query("SELECT id FROM questionnaire_versions WHERE questionnaire_id = ?", {q.id})->front().text(0);

  auto bad = f.campaigns.create(manager.requester(), {kOrgA, version_id, "", "2026-03-31", "2026-03-01"});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().fields.size(), 2u);  // name, closes_on before opens_on
  const Campaign k =
      *f.campaigns.create(manager.requester(), {kOrgA, version_id, "Printemps", "2026-03-01", "2026-03-31"});
  EXPECT_EQ(k.link_token.size(), 32u);
  EXPECT_EQ(count(pool(), "survey_campaigns"), 1);

  auto form = f.campaigns.public_form(k.link_token);
  ASSERT_TRUE(form);
  EXPECT_EQ(form->version.items.size(), 8u);
  EXPECT_EQ(f.campaigns.public_form("inconnu").error().code, ErrorCode::not_found);

  // A required item missing: refused naming it, in French and in English; nothing written.
  auto missing = f.campaigns.submit(k.link_token, {{"participe", {{"oui"}}}}, "2026-03-10");
  ASSERT_FALSE(missing);
  ASSERT_EQ(missing.error().fields.size(), 1u);
  const FieldMessage message = field_message(missing.error().fields[0]);
  EXPECT_NE(message.fr.find("answers.q_accueil"), std::string::npos) << message.fr;
  EXPECT_NE(message.en.find("answers.q_accueil"), std::string::npos) << message.en;
  EXPECT_EQ(
      f.campaigns.submit(k.link_token, {{"q_accueil", {{"4"}}}, {"participe", {{"oui"}}}}, "2026-04-01").error().code,
      ErrorCode::forbidden);
  EXPECT_EQ(count(pool(), "survey_responses"), 0);

  // 31 answers: 2 × 1, 3 × 2, 5 × 3, 10 × 4, 3 "ne sais pas", 8 who skip the optional q_ecoute…
  const std::vector<std::pair<std::string, int>> scale{{"1", 2}, {"2", 3}, {"3", 5}, {"4", 10}, {"nsp", 3}};
  int n = 0;
  for (const auto& [code, times] : scale)
    for (int i = 0; i < times; ++i, ++n)
      ASSERT_TRUE(f.campaigns.submit(
          k.link_token, {{"q_accueil", {{"4"}}}, {"q_ecoute", {{code}}}, {"participe", {{"oui"}}}}, "2026-03-10"));
  for (; n < 31; ++n)  // …and say why they did not attend; their answer to a hidden item is dropped
    ASSERT_TRUE(f.campaigns.submit(
        k.link_token,
        {{"q_accueil", {{"3"}}}, {"participe", {{"non"}}}, {"pourquoi", {{"horaire"}}}, {"enfants", {{"2"}}}},
        "2026-03-11"));
  EXPECT_EQ(count(pool(), "survey_responses"), 31);

  auto full = f.campaigns.results(manager.requester(), k.id);
  ASSERT_TRUE(full) << full.error().detail;
  EXPECT_FALSE(full->suppressed);
  EXPECT_EQ(full->everyone.responses, 31);
  ASSERT_EQ(full->everyone.items.size(), 4u);  // two Likert items, two choices
  const LikertResult& ecoute = *full->everyone.items[1].likert;
  EXPECT_EQ(ecoute.n, 20);
  EXPECT_EQ(ecoute.off_scale, 3);
  EXPECT_NEAR(*ecoute.mean, 3.15, 1e-12);
  EXPECT_NEAR(*ecoute.sd, 1.0399898784932577, 1e-12);
  EXPECT_EQ(ecoute.options[0].count, 2);
  EXPECT_EQ(full->everyone.items[3].choice->respondents, 8);
  ASSERT_EQ(full->everyone.dimensions.size(), 1u);  // "accueil"; "profil" has no Likert item
  EXPECT_EQ(full->everyone.dimensions[0].n, 20);    // both items on the scale

  // Grouped by "participe": 23 "oui", 8 "non"; a Likert item cannot group.
  auto by = f.campaigns.results(manager.requester(), k.id, "participe");
  ASSERT_TRUE(by) << by.error().detail;
  ASSERT_EQ(by->groups.size(), 2u);
  EXPECT_EQ(by->groups[0].value, "oui");
  EXPECT_EQ(by->groups[0].results.responses, 23);
  EXPECT_EQ(by->groups[1].results.responses, 8);
  EXPECT_EQ(by->groups[0].results.items[1].likert->n, 20);
  EXPECT_EQ(by->groups[1].results.items[1].likert->n, 0);  // the "non" skipped q_ecoute
  EXPECT_EQ(by->everyone.responses, 31);
  auto refused = f.campaigns.results(manager.requester(), k.id, "q_accueil");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::validation_failed);
  EXPECT_EQ(refused.error().fields.at(0).field, "by");

  // The network's evaluator: the same figures, small counts hidden.
  auto network = f.campaigns.results(who(kOrgB, auth::Role::evaluator).requester(), k.id);
  ASSERT_TRUE(network) << network.error().detail;
  EXPECT_TRUE(network->suppressed);
  const LikertResult& hidden = *network->everyone.items[1].likert;
  EXPECT_NEAR(*hidden.mean, 3.15, 1e-12);
  EXPECT_FALSE(hidden.options[0].count);  // 2
  EXPECT_FALSE(hidden.options[1].count);  // 3
  EXPECT_EQ(hidden.options[3].count, 10);
  // Another organization's manager does not reach the campaign at all.
  EXPECT_EQ(f.campaigns.results(who(kOrgB, auth::Role::manager).requester(), k.id).error().code, ErrorCode::not_found);

  // The list's live counts: in full for the organization; under k hidden for the network.
  const Campaign few = *f.campaigns.create(manager.requester(), {kOrgA, version_id, "Été", "2026-03-01", "2026-03-31"});
  for (int i = 0; i < 2; ++i)
    ASSERT_TRUE(f.campaigns.submit(few.link_token, {{"q_accueil", {{"2"}}}, {"participe", {{"oui"}}}}, "2026-03-12"));
  auto mine = f.campaigns.list(manager.requester(), {}, db::ListQuery{});
  ASSERT_TRUE(mine) << mine.error().detail;
  ASSERT_EQ(mine->total, 2);
  std::map<std::string, std::optional<int64_t>> counts;
  for (const Campaign& listed : mine->items) counts[listed.name] = listed.responses;
  EXPECT_EQ(counts["Printemps"], 31);
  EXPECT_EQ(counts["Été"], 2);
  auto theirs = f.campaigns.list(who(kOrgB, auth::Role::evaluator).requester(), {kOrgA, q.id}, db::ListQuery{});
  ASSERT_TRUE(theirs) << theirs.error().detail;
  ASSERT_EQ(theirs->total, 2);
  for (const Campaign& listed : theirs->items)
    EXPECT_EQ(listed.responses, listed.name == "Printemps" ? std::optional<int64_t>(31) : std::nullopt);
  EXPECT_EQ(f.campaigns.get(who(kOrgB, auth::Role::evaluator).requester(), few.id)->responses, std::nullopt);
  EXPECT_EQ(f.campaigns.list(who(kOrgB, auth::Role::manager).requester(), {}, db::ListQuery{})->total, 0);
}

TEST_P(QuestionnaireServiceTest, VersionsPerRespondentGroupShareTheQuestionnairesCode) {
  Fixture f(pool());
  const Who manager = who(kOrgA, auth::Role::manager);
  auto q = f.questionnaires.import_xlsform(manager.requester(), kOrgA, appreciation_xlsx(), "PTP");
  ASSERT_TRUE(q) << q.error().detail;
  xlsform::Form pg{"appreciation", {"Appréciation", "Appreciation"}, testing::appreciation()};
  pg.version.items.pop_back();  // the managers' version asks one item less
  auto added = f.questionnaires.import_version(manager.requester(), q->id, "PG", *xlsform::write(pg));
  ASSERT_TRUE(added) << added.error().detail;
  EXPECT_EQ(added->number, 1);
  EXPECT_EQ(added->respondent_group, "PG");
  auto again = f.questionnaires.import_version(manager.requester(), q->id, "PG", *xlsform::write(pg));
  ASSERT_TRUE(again) << again.error().detail;
  EXPECT_EQ(again->number, 2);  // a new meaning for the same group: the next number

  auto detail = f.questionnaires.detail(manager.requester(), q->id);
  ASSERT_TRUE(detail);
  ASSERT_EQ(detail->versions.size(), 3u);
  EXPECT_EQ(detail->versions[0].respondent_group, "PG");  // by number, then group
  EXPECT_EQ(detail->versions[1].respondent_group, "PTP");
  EXPECT_EQ(f.questionnaires.version(manager.requester(), added->id)->items.size(), 7u);

  // Another form_id, a group name too long, another organization's manager: refused, nothing written.
  xlsform::Form other{"autre", {"Autre", "Other"}, testing::appreciation()};
  auto wrong = f.questionnaires.import_version(manager.requester(), q->id, "PG", *xlsform::write(other));
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().fields.at(0).field, "settings[2].form_id");
  auto long_group =
      f.questionnaires.import_version(manager.requester(), q->id, std::string(65, 'g'), *xlsform::write(pg));
  ASSERT_FALSE(long_group);
  EXPECT_EQ(long_group.error().fields.at(0).field, "respondent_group");
  EXPECT_FALSE(
      f.questionnaires.import_version(who(kOrgB, auth::Role::manager).requester(), q->id, "PG", *xlsform::write(pg)));
  EXPECT_FALSE(f.questionnaires.import_version(who(kOrgA, auth::Role::practitioner).requester(), q->id, "PG",
                                               *xlsform::write(pg)));
  EXPECT_EQ(count(pool(), "questionnaire_versions"), 3);
}

FILET_ON_BOTH_ENGINES(QuestionnaireServiceTest);

}  // namespace
}  // namespace filet::questionnaires
