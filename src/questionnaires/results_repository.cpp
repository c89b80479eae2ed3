#include "questionnaires/results_repository.hpp"

namespace filet::questionnaires::results_repository {
namespace {

// The group of a response: its answer to `by`, or "" (no grouping, or `by` left unanswered).
struct Grouping {
  std::string expression;  // a column of the select list
  std::string join;        // joined to `r`, the responses
  db::Params params;       // the join's, before the WHERE's
};

Grouping grouping(std::string_view by) {
  if (by.empty()) return {"''", "", {}};
  return {"COALESCE(g.value, '')",
          " LEFT JOIN survey_answers g ON g.response_id = r.id AND g.item_code = ?",
          {std::string(by)}};
}

db::Params concat(db::Params head, const db::Params& tail) {
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

}  // namespace

Result<GroupedCounts> counts(db::ScopedConnection& c, const Campaign& campaign, std::string_view by) {
  const Grouping g = grouping(by);
  GroupedCounts out;
  TRY_VOID(c.each(
      "SELECT " + g.expression + ", COUNT(*) FROM survey_responses r" + g.join + " WHERE r.campaign_id = ? GROUP BY 1",
      concat(g.params, {campaign.id}), [&](db::Row& r) {
        out[r.text(0)].responses = r.integer(1);
        return true;
      }));
  // Items with options only: the texts of other items are answers, not counts.
  const std::string from = " FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id" + g.join +
                           " JOIN questionnaire_items i ON i.version_id = ? AND i.code = a.item_code "
                           "WHERE r.campaign_id = ? AND i.kind IN ('likert', 'single_choice', 'multiple_choice') ";
  const db::Params params = concat(g.params, {campaign.version_id, campaign.id});
  TRY_VOID(
      c.each("SELECT " + g.expression + ", a.item_code, a.value, COUNT(*)" + from + "GROUP BY 1, a.item_code, a.value",
             params, [&](db::Row& r) {
               out[r.text(0)].values[r.text(1)].push_back({r.text(2), r.integer(3)});
               return true;
             }));
  TRY_VOID(c.each(
      "SELECT " + g.expression + ", a.item_code, COUNT(DISTINCT a.response_id)" + from + "GROUP BY 1, a.item_code",
      params, [&](db::Row& r) {
        out[r.text(0)].respondents[r.text(1)] = r.integer(2);
        return true;
      }));
  return out;
}

Result<GroupedDimensions> dimension_sums(db::ScopedConnection& c, const Campaign& campaign, std::string_view by) {
  const Grouping g = grouping(by);
  // scored: every Likert answer on the scale with its score, section and group; complete: the
  // (response, section) pairs that answered all the section's Likert items, with the total score.
  const std::string with =
      "WITH scored AS (SELECT a.response_id, i.section_code AS section, a.item_code, o.score, " + g.expression +
      " AS grp FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id" + g.join +
      " JOIN questionnaire_items i ON i.version_id = ? AND i.code = a.item_code AND i.kind = 'likert' "
      "AND i.section_code <> '' "
      "JOIN questionnaire_options o ON o.version_id = i.version_id AND o.item_code = i.code AND o.code = a.value "
      "AND o.score IS NOT NULL WHERE r.campaign_id = ?), "
      "sizes AS (SELECT section_code AS section, COUNT(*) AS items FROM questionnaire_items "
      "WHERE version_id = ? AND kind = 'likert' AND section_code <> '' GROUP BY section_code), "
      "complete AS (SELECT s.response_id, s.section, s.grp, SUM(s.score) AS total FROM scored s "
      "JOIN sizes z ON z.section = s.section GROUP BY s.response_id, s.section, s.grp, z.items "
      "HAVING COUNT(*) = z.items) ";
  const db::Params params = concat(g.params, {campaign.version_id, campaign.id, campaign.version_id});
  GroupedDimensions out;
  TRY_VOID(c.each(with + "SELECT grp, section, COUNT(*), SUM(total), SUM(total * total) FROM complete "
                         "GROUP BY grp, section",
                  params, [&](db::Row& r) {
                    DimensionSums& d = out[r.text(0)][r.text(1)];
                    d.section = r.text(1);
                    d.complete = r.integer(2);
                    d.total_sum = r.integer(3);
                    d.total_squares = r.integer(4);
                    return true;
                  }));
  TRY_VOID(c.each(with + "SELECT s.grp, s.section, s.item_code, SUM(s.score), SUM(s.score * s.score) FROM scored s "
                         "JOIN complete k ON k.response_id = s.response_id AND k.section = s.section "
                         "GROUP BY s.grp, s.section, s.item_code ORDER BY s.grp, s.section, s.item_code",
                  params, [&](db::Row& r) {
                    out[r.text(0)][r.text(1)].items.push_back({r.text(2), r.integer(3), r.integer(4)});
                    return true;
                  }));
  return out;
}

}  // namespace filet::questionnaires::results_repository
