// The pure rules: a version's structure, conditions (including a condition on a hidden item) and
// answers checked against their items, each problem named by its place.
#include "questionnaires/questionnaire_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "questionnaires/questionnaire_test_support.hpp"

namespace filet::questionnaires {
namespace {

using testing::appreciation;

bool has(const std::vector<FieldError>& errors, const std::string& field, FieldCode code) {
  return std::ranges::any_of(errors, [&](const FieldError& e) { return e.field == field && e.code == code; });
}

std::string dump(const std::vector<FieldError>& errors) {
  std::string out;
  for (const FieldError& e : errors) out += e.field + " " + std::string(field_code_name(e.code)) + " " + e.param + "\n";
  return out;
}

TEST(QuestionnaireRules, AWellBuiltVersionHasNoProblem) {
  EXPECT_EQ(dump(check_version(appreciation())), "");
}

TEST(QuestionnaireRules, EveryStructuralProblemIsNamedByItsPlace) {
  Version v = appreciation();
  v.items[1].code = "q_accueil";                   // duplicate
  v.items[2].label.en = "";                        // English missing
  v.items[4].options = {{"1", {"Un", "One"}, 1}};  // a number has no options
  v.items[5].section = "absente";
  v.items[6].code = "2date";  // not an XLSForm name
  v.sections[1].code = "accueil";
  EXPECT_TRUE(has(check_version(v), "items[1].code", FieldCode::duplicate)) << dump(check_version(v));
  EXPECT_TRUE(has(check_version(v), "items[2].label_en", FieldCode::required));
  EXPECT_TRUE(has(check_version(v), "items[4].options", FieldCode::invalid_value));
  EXPECT_TRUE(has(check_version(v), "items[5].section", FieldCode::not_found));
  EXPECT_TRUE(has(check_version(v), "items[6].code", FieldCode::invalid_format));
  EXPECT_TRUE(has(check_version(v), "sections[1].code", FieldCode::duplicate));
}

TEST(QuestionnaireRules, ScalesChoicesAndGridsAreChecked) {
  Version v = appreciation();
  v.items[0].options = {{"1", {"Un", "One"}, 1}, {"nsp", {"NSP", "DK"}, std::nullopt}};  // one point on the scale
  v.items[1].options[0].score = 2;                                                       // two options score 2
  v.items[2].options[0].score = 1;                                                       // a choice has no score
  v.items[3].other_specify = true;
  v.items[3].options.push_back({"other", {"Autre", "Other"}, std::nullopt});  // "other" is reserved
  auto errors = check_version(v);
  EXPECT_TRUE(has(errors, "items[0].options", FieldCode::too_short)) << dump(errors);
  EXPECT_TRUE(has(errors, "items[1].options[1].score", FieldCode::duplicate));
  EXPECT_TRUE(has(errors, "items[1].options", FieldCode::invalid_value));  // the grid's scale differs now
  EXPECT_TRUE(has(errors, "items[2].options[0].score", FieldCode::invalid_value));
  EXPECT_TRUE(has(errors, "items[3].options[2].code", FieldCode::duplicate));

  Version grid = appreciation();
  grid.items[4].grid = "satisfaction";  // a number in a grid
  EXPECT_TRUE(has(check_version(grid), "items[4].grid", FieldCode::invalid_value));
}

TEST(QuestionnaireRules, AConditionNamesAnEarlierChoiceAndOneOfItsOptions) {
  Version later = appreciation();
  later.items[2].relevant = Condition{"pourquoi", {"horaire"}};  // an item after it
  EXPECT_TRUE(has(check_version(later), "items[2].relevant", FieldCode::not_found));
  Version text = appreciation();
  text.items[7].relevant = Condition{"enfants", {"2"}};  // not a choice
  EXPECT_TRUE(has(check_version(text), "items[7].relevant", FieldCode::not_found));
  Version unknown = appreciation();
  unknown.items[3].relevant = Condition{"participe", {"peut-etre"}};
  EXPECT_TRUE(has(check_version(unknown), "items[3].relevant", FieldCode::invalid_value));
  Version empty = appreciation();
  empty.items[3].relevant = Condition{"participe", {}};
  EXPECT_TRUE(has(check_version(empty), "items[3].relevant", FieldCode::required));
}

TEST(QuestionnaireRules, ConditionsShowAnItemWhenAnEarlierAnswerIsOneOfTheValues) {
  const Version v = appreciation();
  const Item& pourquoi = v.items[3];
  EXPECT_FALSE(is_shown(pourquoi, {}));
  EXPECT_FALSE(is_shown(pourquoi, {{"participe", {{"oui"}}}}));
  EXPECT_TRUE(is_shown(pourquoi, {{"participe", {{"non"}}}}));
  Item either = pourquoi;
  either.relevant->values = {"oui", "non"};  // "is one of"
  EXPECT_TRUE(is_shown(either, {{"participe", {{"oui"}}}}));
  EXPECT_TRUE(is_shown(v.items[0], {}));  // no condition
}

TEST(QuestionnaireRules, AnswersToHiddenItemsAreDroppedInCascade) {
  Version v = appreciation();
  v.items[4].relevant = Condition{"pourquoi", {"transport"}};  // shown after "pourquoi", itself conditional
  const Answers given{
      {"participe", {{"oui"}}}, {"pourquoi", {{"transport"}}}, {"enfants", {{"2"}}}, {"inconnu", {{"x"}}}};
  const Answers shown = shown_answers(v, given);
  EXPECT_TRUE(shown.contains("participe"));
  EXPECT_FALSE(shown.contains("pourquoi"));  // participe is "oui"
  EXPECT_FALSE(shown.contains("enfants"));   // its condition's item is hidden
  EXPECT_TRUE(shown.contains("inconnu"));    // kept for check_answers to report
  EXPECT_TRUE(has(check_answers(v, shown), "answers.inconnu", FieldCode::unknown_field));
}

TEST(QuestionnaireRules, RequiredItemsAreEnforcedOnlyWhenShown) {
  const Version v = appreciation();
  auto errors = check_answers(v, {{"participe", {{"oui"}}}});
  EXPECT_TRUE(has(errors, "answers.q_accueil", FieldCode::required)) << dump(errors);
  EXPECT_FALSE(has(errors, "answers.pourquoi", FieldCode::required));
  errors = check_answers(v, {{"q_accueil", {{"4"}}}, {"participe", {{"non"}}}});
  EXPECT_TRUE(has(errors, "answers.pourquoi", FieldCode::required)) << dump(errors);
  EXPECT_EQ(dump(check_answers(
                v, {{"q_accueil", {{"nsp"}}}, {"participe", {{"non"}}}, {"pourquoi", {{"horaire", "transport"}}}})),
            "");
}

TEST(QuestionnaireRules, EachValueIsCheckedAgainstItsItem) {
  const Version v = appreciation();
  Answers base{{"q_accueil", {{"3"}}}, {"participe", {{"non"}}}, {"pourquoi", {{"horaire"}}}};
  auto with = [&](const std::string& code, Answer a) {
    Answers out = base;
    out[code] = std::move(a);
    return check_answers(v, out);
  };
  EXPECT_TRUE(has(with("q_accueil", {{"5"}}), "answers.q_accueil", FieldCode::invalid_value));
  EXPECT_TRUE(has(with("q_accueil", {{"3", "4"}}), "answers.q_accueil", FieldCode::wrong_type));
  EXPECT_TRUE(has(with("pourquoi", {{"horaire", "horaire"}}), "answers.pourquoi", FieldCode::duplicate));
  EXPECT_TRUE(has(with("pourquoi", {{"other"}}), "answers.pourquoi", FieldCode::invalid_value));  // no "other" here
  EXPECT_TRUE(has(with("enfants", {{"2,5"}}), "answers.enfants", FieldCode::wrong_type));
  EXPECT_TRUE(has(with("enfants", {{"99999999999999999999"}}), "answers.enfants", FieldCode::wrong_type));
  EXPECT_TRUE(with("enfants", {{"-2"}}).empty());
  EXPECT_TRUE(has(with("revenu", {{"abc"}}), "answers.revenu", FieldCode::wrong_type));
  EXPECT_TRUE(has(with("revenu", {{"inf"}}), "answers.revenu", FieldCode::wrong_type));
  EXPECT_TRUE(with("revenu", {{"1234.50"}}).empty());
  EXPECT_TRUE(has(with("arrivee", {{"2026-02-30"}}), "answers.arrivee", FieldCode::wrong_type));
  EXPECT_TRUE(with("arrivee", {{"2024-02-29"}}).empty());
  EXPECT_TRUE(
      has(with("commentaire", {{std::string(kLongTextMax + 1, 'a')}}), "answers.commentaire", FieldCode::too_long));
  EXPECT_TRUE(has(with("enfants", {{"2"}, "texte"}), "answers.enfants.other", FieldCode::unknown_field));
}

TEST(QuestionnaireRules, OtherSpecifyNeedsItsTextAndOnlyWithOther) {
  Version v = appreciation();
  v.items[3].other_specify = true;
  Answers base{{"q_accueil", {{"3"}}}, {"participe", {{"non"}}}};
  auto with = [&](Answer a) {
    Answers out = base;
    out["pourquoi"] = std::move(a);
    return check_answers(v, out);
  };
  EXPECT_TRUE(has(with({{"other"}}), "answers.pourquoi.other", FieldCode::required));
  EXPECT_TRUE(has(with({{"horaire"}, "la garde"}), "answers.pourquoi.other", FieldCode::invalid_value));
  EXPECT_TRUE(with({{"horaire", "other"}, "la garde des enfants"}).empty());
}

}  // namespace
}  // namespace filet::questionnaires
