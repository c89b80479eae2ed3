// Results from counts, against values computed independently (Python's statistics.mean and
// statistics.stdev, the sample SD with n − 1): off-scale answers out of n and counted apart,
// shares, choices, and small counts hidden.
#include "questionnaires/questionnaire_results.hpp"

#include <gtest/gtest.h>

#include "questionnaires/questionnaire_test_support.hpp"

namespace filet::questionnaires {
namespace {

using testing::appreciation;

TEST(QuestionnaireResults, LikertMeanAndSampleSdLeaveOffScaleAnswersOut) {
  const Item item = appreciation().items[0];
  // 2 × 1, 3 × 2, 5 × 3, 10 × 4 and 3 "ne sais pas": statistics.mean = 3.15, stdev = 1.0399898784932577.
  auto r = likert_result(item, {{"4", 10}, {"1", 2}, {"nsp", 3}, {"2", 3}, {"3", 5}});
  ASSERT_TRUE(r) << r.error().detail;
  EXPECT_EQ(r->n, 20);
  EXPECT_EQ(r->off_scale, 3);
  EXPECT_NEAR(*r->mean, 3.15, 1e-12);
  EXPECT_NEAR(*r->sd, 1.0399898784932577, 1e-12);
  ASSERT_EQ(r->options.size(), 5u);
  EXPECT_EQ(r->options[0].code, "1");
  EXPECT_EQ(r->options[3].count, 10);
  EXPECT_NEAR(r->options[3].share, 0.5, 1e-12);  // of the 20 on the scale
  EXPECT_TRUE(r->options[4].off_scale);
  EXPECT_NEAR(r->options[4].share, 3.0 / 23.0, 1e-12);  // of all 23 answers

  auto small = likert_result(item, {{"3", 1}, {"4", 2}});  // mean 3.6666666666666665, stdev 0.5773502691896257
  EXPECT_NEAR(*small->mean, 3.6666666666666665, 1e-12);
  EXPECT_NEAR(*small->sd, 0.5773502691896257, 1e-12);
}

TEST(QuestionnaireResults, MedianAndTopBoxOfTheScale) {
  const Item item = appreciation().items[0];
  // statistics.median([1]*2 + [2]*3 + [3]*5 + [4]*10) = 3.5 (the two middle scores, 3 and 4).
  auto r = likert_result(item, {{"4", 10}, {"1", 2}, {"nsp", 3}, {"2", 3}, {"3", 5}});
  EXPECT_NEAR(*r->median, 3.5, 1e-12);
  EXPECT_EQ(r->top_box_codes, (std::vector<std::string>{"3", "4"}));  // the upper half of 1–4
  EXPECT_NEAR(*r->top_box, 15.0 / 20.0, 1e-12);                       // "nsp" stays out
  auto odd = likert_result(item, {{"3", 1}, {"4", 2}});               // median([3, 4, 4]) = 4
  EXPECT_NEAR(*odd->median, 4.0, 1e-12);
  EXPECT_NEAR(*odd->top_box, 1.0, 1e-12);
  auto low = likert_result(item, {{"1", 3}, {"2", 1}});  // median([1, 1, 1, 2]) = 1
  EXPECT_NEAR(*low->median, 1.0, 1e-12);
  EXPECT_NEAR(*low->top_box, 0.0, 1e-12);
  auto none = likert_result(item, {{"nsp", 2}});
  EXPECT_FALSE(none->median);
  EXPECT_FALSE(none->top_box);
  // A 1–5 scale: the top box is 4 and 5, the midpoint 3 is not in it.
  Item five = item;
  five.options = {{"a", {}, 1}, {"b", {}, 2}, {"c", {}, 3}, {"d", {}, 4}, {"e", {}, 5}};
  auto r5 = likert_result(five, {{"c", 4}, {"d", 3}, {"e", 1}});
  EXPECT_EQ(r5->top_box_codes, (std::vector<std::string>{"d", "e"}));
  EXPECT_NEAR(*r5->top_box, 0.5, 1e-12);
  EXPECT_NEAR(*r5->median, 3.5, 1e-12);  // median([3,3,3,3,4,4,4,5]) = 3.5
}

TEST(QuestionnaireResults, NoMeanWithoutAnswersNoSdWithOne) {
  const Item item = appreciation().items[0];
  auto none = likert_result(item, {{"nsp", 4}});
  EXPECT_EQ(none->n, 0);
  EXPECT_FALSE(none->mean);
  EXPECT_FALSE(none->sd);
  auto one = likert_result(item, {{"2", 1}});
  EXPECT_EQ(*one->mean, 2.0);
  EXPECT_FALSE(one->sd);
}

TEST(QuestionnaireResults, AValueThatIsNotAnOptionIsAnErrorNotLeftOut) {
  EXPECT_FALSE(likert_result(appreciation().items[0], {{"7", 1}}));
  EXPECT_FALSE(likert_result(appreciation().items[2], {}));  // not a Likert item
  EXPECT_FALSE(choice_result(appreciation().items[0], {}, 0));
}

TEST(QuestionnaireResults, ChoicesCountEachOptionOverTheRespondents) {
  Item item = appreciation().items[3];  // multiple choice
  item.other_specify = true;
  auto r = choice_result(item, {{"horaire", 6}, {"transport", 3}, {"other", 1}}, 8);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->options.size(), 3u);
  EXPECT_EQ(r->options[2].code, "other");
  EXPECT_NEAR(r->options[0].share, 0.75, 1e-12);
  EXPECT_NEAR(r->options[1].share + r->options[0].share, 9.0 / 8.0, 1e-12);  // past 100 %: several per person
}

TEST(QuestionnaireResults, SmallCountsAreHiddenWithTheirComplement) {
  const Item item = appreciation().items[0];
  auto r = *likert_result(item, {{"1", 2}, {"2", 8}, {"3", 9}, {"4", 10}});
  ASSERT_TRUE(hide_small_counts(r, 5));
  EXPECT_FALSE(r.hidden);
  EXPECT_FALSE(r.options[0].count);  // 2 < 5: primary
  EXPECT_FALSE(r.options[1].count);  // 8, the smallest other non-zero: complementary
  EXPECT_EQ(r.options[2].count, 9);
  EXPECT_EQ(r.options[4].count, 0);  // zeros name nobody
  EXPECT_TRUE(r.mean);

  auto few = *likert_result(item, {{"4", 3}, {"nsp", 1}});
  ASSERT_TRUE(hide_small_counts(few, 5));
  EXPECT_TRUE(few.hidden);
  EXPECT_FALSE(few.mean);
  EXPECT_FALSE(few.sd);
  EXPECT_EQ(few.n, 0);

  auto choices = *choice_result(appreciation().items[2], {{"oui", 3}, {"non", 1}}, 4);
  ASSERT_TRUE(hide_small_counts(choices, 5));
  EXPECT_TRUE(choices.hidden);
  EXPECT_FALSE(choices.options[0].count);
}

}  // namespace
}  // namespace filet::questionnaires
