#include "questionnaires/response_aggregates_repository.hpp"

#include "db/dialect.hpp"

namespace filet::questionnaires::response_aggregates_repository {
namespace {

// The response's answer rows `a` to the items with options of its campaign's version `k`.
constexpr std::string_view kCountedAnswers =
    " FROM survey_answers a JOIN survey_campaigns k ON k.id = a.campaign_id "
    "JOIN questionnaire_items i ON i.version_id = k.version_id AND i.code = a.item_code "
    "AND i.kind IN ('likert', 'single_choice', 'multiple_choice')";

// Rows added in the order of their key, in every transaction alike: on PostgreSQL two responses
// stored at once lock the counts they share in the same order, never each waiting on the other.
constexpr std::string_view kAddCounts =
    " ORDER BY 1, 2, 3, 4, 5 ON CONFLICT (campaign_id, by_item, by_value, item_code, value) DO UPDATE SET "
    "answers = survey_value_counts.answers + excluded.answers, firsts = survey_value_counts.firsts + excluded.firsts";

}  // namespace

Result<void> add_response(db::Connection& c, const std::string& campaign_id, const std::string& response_id) {
  const db::Params response{campaign_id, response_id};
  const std::string insert =
      "INSERT INTO survey_value_counts (campaign_id, by_item, by_value, item_code, value, answers, firsts) ";
  const std::string counted = "COUNT(*), SUM(CASE WHEN a.position = 0 THEN 1 ELSE 0 END)";
  // Everyone's counts.
  TRY_VOID(c.execute(insert + "SELECT a.campaign_id, '', '', a.item_code, a.value, " + counted +
                         std::string(kCountedAnswers) +
                         " WHERE a.campaign_id = ? AND a.response_id = ? GROUP BY a.campaign_id, a.item_code, a.value" +
                         std::string(kAddCounts),
                     response));
  // Within the group of each single-choice answer `g` of the response.
  TRY_VOID(c.execute(insert + "SELECT a.campaign_id, g.item_code, g.value, a.item_code, a.value, " + counted +
                         std::string(kCountedAnswers) +
                         " JOIN survey_answers g ON g.campaign_id = a.campaign_id AND g.response_id = a.response_id "
                         "AND g.position = 0 JOIN questionnaire_items gi ON gi.version_id = k.version_id "
                         "AND gi.code = g.item_code AND gi.kind = 'single_choice' "
                         "WHERE a.campaign_id = ? AND a.response_id = ? "
                         "GROUP BY a.campaign_id, g.item_code, g.value, a.item_code, a.value" +
                         std::string(kAddCounts),
                     response));
  // Its dimensions completed on the scale (every Likert item of the section answered with a score).
  TRY_VOID(c.execute(
      "INSERT INTO survey_response_dimensions (campaign_id, response_id, section_code, total, scores) "
      "SELECT a.campaign_id, a.response_id, i.section_code, SUM(o.score), " +
          db::dialect::joined_text(c.engine(), "a.item_code || '=' || o.score", " ") +
          " FROM survey_answers a JOIN survey_campaigns k ON k.id = a.campaign_id "
          "JOIN questionnaire_items i ON i.version_id = k.version_id AND i.code = a.item_code AND i.kind = 'likert' "
          "AND i.section_code <> '' "
          "JOIN questionnaire_options o ON o.version_id = k.version_id AND o.item_code = a.item_code "
          "AND o.code = a.value AND o.score IS NOT NULL "
          "WHERE a.campaign_id = ? AND a.response_id = ? "
          "GROUP BY a.campaign_id, a.response_id, k.version_id, i.section_code "
          "HAVING COUNT(*) = (SELECT COUNT(*) FROM questionnaire_items z WHERE z.version_id = k.version_id "
          "AND z.kind = 'likert' AND z.section_code = i.section_code)",
      response));
  return {};
}

}  // namespace filet::questionnaires::response_aggregates_repository
