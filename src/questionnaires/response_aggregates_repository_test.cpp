// The results' aggregates kept as responses come in (migration 0030), on both engines: after a
// mix of responses (complete, incomplete, "ne sais pas", multiple choices, unanswered groups),
// the counts by value and the dimension totals equal the same aggregates computed here over the
// stored answers with GROUP BY; and they hold nothing the answers do not (no arrival number).
#include "questionnaires/response_aggregates_repository.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "db/dialect.hpp"
#include "db/testing/test_database.hpp"
#include "questionnaires/campaign_test_support.hpp"

namespace filet::questionnaires {
namespace {

using ResponseAggregatesTest = filet::testing::EngineTest;
using namespace testing::campaign;

// Each row of `sql` as its columns joined by "|" (integers written as numbers), sorted.
std::multiset<std::string> rows_of(db::Connection& c, const std::string& sql, int columns) {
  std::multiset<std::string> out;
  auto rows = c.query(sql);
  EXPECT_TRUE(rows) << rows.error().detail;
  if (!rows) return out;
  for (const db::Row& r : *rows) {
    std::string line;
    for (int i = 0; i < columns; ++i) line += (i ? "|" : "") + (r.is_null(i) ? std::string("null") : r.text(i));
    out.insert(line);
  }
  return out;
}

// A response's scores joined as SQL joins them, in the items' order (the order group_concat gives
// is not defined): "q_accueil=3 q_ecoute=4" → sorted words.
std::string sorted_words(const std::string& joined) {
  std::multiset<std::string> words;
  size_t start = 0;
  while (start <= joined.size()) {
    const size_t end = std::min(joined.find(' ', start), joined.size());
    words.insert(joined.substr(start, end - start));
    start = end + 1;
  }
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::map<std::string, std::string> dimensions_of(db::Connection& c, const std::string& sql) {
  std::map<std::string, std::string> out;
  auto rows = c.query(sql);
  EXPECT_TRUE(rows) << rows.error().detail;
  if (!rows) return out;
  for (const db::Row& r : *rows) out[r.text(0) + "|" + r.text(1)] = r.text(2) + "|" + sorted_words(r.text(3));
  return out;
}

TEST_P(ResponseAggregatesTest, KeptAggregatesEqualTheSameAggregatesOverTheAnswers) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  prepare(**c);
  const std::vector<std::string> scale{"1", "2", "3", "4", "nsp"};
  for (int n = 0; n < 40; ++n) {
    Answers a{{"q_accueil", {{scale[n % 5]}}}, {"commentaire", {{"Merci"}}}};
    if (n % 4 != 0) a["q_ecoute"] = Answer{{scale[(n * 3 + 1) % 5]}};
    if (n % 7 != 0) a["participe"] = Answer{{n % 3 == 0 ? "non" : "oui"}};
    if (n % 3 == 0) a["pourquoi"] = n % 2 == 0 ? Answer{{"horaire", "transport"}} : Answer{{"transport"}};
    if (n % 5 == 0) a["enfants"] = Answer{{std::to_string(n)}};
    ASSERT_TRUE(campaign_repository::record_response(**c, kCampaign, "2026-03-04", a));
  }
  const std::string options = "'q_accueil', 'q_ecoute', 'participe', 'pourquoi'";
  const std::string kept = "SELECT by_item, by_value, item_code, value, answers, firsts FROM survey_value_counts";
  const std::string everyone =
      "SELECT '', '', a.item_code, a.value, COUNT(*), SUM(CASE WHEN a.position = 0 THEN 1 ELSE 0 END) "
      "FROM survey_answers a WHERE a.item_code IN (" +
      options + ") GROUP BY a.item_code, a.value";
  const std::string grouped =
      "SELECT g.item_code, g.value, a.item_code, a.value, COUNT(*), SUM(CASE WHEN a.position = 0 THEN 1 ELSE 0 END) "
      "FROM survey_answers g JOIN survey_answers a ON a.response_id = g.response_id "
      "WHERE g.item_code = 'participe' AND g.position = 0 AND a.item_code IN (" +
      options + ") GROUP BY g.item_code, g.value, a.item_code, a.value";
  auto expected = rows_of(**c, everyone, 6);
  expected.merge(rows_of(**c, grouped, 6));
  EXPECT_EQ(rows_of(**c, kept, 6), expected);
  EXPECT_TRUE(rows_of(**c, kept + " WHERE item_code IN ('enfants', 'commentaire')", 6).empty());

  // The dimension "accueil" (two Likert items): the responses that answered both on the scale.
  const auto totals =
      dimensions_of(**c, "SELECT response_id, section_code, total, scores FROM survey_response_dimensions");
  const auto computed = dimensions_of(
      **c, "SELECT a.response_id, 'accueil', SUM(CAST(a.value AS INTEGER)), " +
               db::dialect::joined_text((*c)->engine(), "a.item_code || '=' || a.value", " ") +
               " FROM survey_answers a WHERE a.item_code IN ('q_accueil', 'q_ecoute') AND a.value <> 'nsp' "
               "GROUP BY a.response_id HAVING COUNT(*) = 2");
  EXPECT_EQ(totals, computed);
  EXPECT_GT(totals.size(), 5u);
  EXPECT_LT(totals.size(), 40u);
}

TEST_P(ResponseAggregatesTest, HoldNoArrivalNumber) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  prepare(**c);
  ASSERT_TRUE(campaign_repository::record_response(**c, kCampaign, "2026-03-04",
                                                   {{"q_accueil", {{"4"}}}, {"q_ecoute", {{"3"}}}}));
  if ((*c)->engine() == db::Engine::sqlite) {
    EXPECT_FALSE((*c)->query("SELECT rowid FROM survey_value_counts"));
    EXPECT_FALSE((*c)->query("SELECT rowid FROM survey_response_dimensions"));
  }
  EXPECT_EQ(rows_of(**c, "SELECT response_id, section_code, total, scores FROM survey_response_dimensions", 4).size(),
            1u);
}

FILET_ON_BOTH_ENGINES(ResponseAggregatesTest);

}  // namespace
}  // namespace filet::questionnaires
