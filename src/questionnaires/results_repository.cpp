#include "questionnaires/results_repository.hpp"

#include <optional>

#include "db/dialect.hpp"
#include "questionnaires/campaign_population.hpp"

namespace filet::questionnaires::results_repository {
namespace {

// The answer rows `a` of a campaign; grouped, each joined to its response's answer to `by`, `g`
// (a single choice: one row at position 0). The join leaves out the responses that did not
// answer `by`: everyone's figures come from the ungrouped read (results_assembly's `unanswered`
// gives their group by subtraction), and each read stays one pass over an index.
struct Grouping {
  std::string column;  // the group, first in the select list
  std::string source;  // the FROM of the groups' sizes (`g`)
  std::string tables;  // FROM
  std::string where;   // its conditions
  std::string group;   // the GROUP BY's first key ("" without grouping)
  db::Params params;   // the WHERE's
};

Grouping grouping(std::string_view by, const std::string& campaign_id) {
  if (by.empty()) return {"''", "", "survey_answers a", "a.campaign_id = ?", "", {campaign_id}};
  // A respondent attribute (a fixed column of the response, campaign_population): every response
  // is in one group, "" for "not known".
  if (auto attribute = attribute_of(by)) {
    const std::string column = "g." + std::string(*attribute);
    return {column,
            "survey_responses g",
            "survey_responses g JOIN survey_answers a ON a.campaign_id = g.campaign_id AND a.response_id = g.id",
            "g.campaign_id = ?",
            column + ", ",
            {campaign_id}};
  }
  return {"g.value",
          "survey_answers g",
          "survey_answers g JOIN survey_answers a ON a.campaign_id = g.campaign_id AND a.response_id = g.response_id",
          "g.campaign_id = ? AND g.item_code = ? AND g.position = 0",
          "g.value, ",
          {campaign_id, std::string(by)}};
}

db::Params concat(db::Params head, const db::Params& tail) {
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

// "?, ?, ?" for `n` values.
std::string placeholders(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += i ? ", ?" : "?";
  return out;
}

}  // namespace

Result<GroupedCounts> counts(db::ScopedConnection& c, const Campaign& campaign, const std::vector<std::string>& items,
                             std::string_view by) {
  GroupedCounts out;
  const Grouping g = grouping(by, campaign.id);
  if (by.empty()) {
    TRY_VOID(c.each("SELECT COUNT(*) FROM survey_responses WHERE campaign_id = ?", {campaign.id}, [&](db::Row& r) {
      out[""].responses = r.integer(0);
      return true;
    }));
  } else {
    TRY_VOID(
        c.each("SELECT " + g.column + ", COUNT(*) FROM " + g.source + " WHERE " + g.where + " GROUP BY " + g.column,
               g.params, [&](db::Row& r) {
                 out[r.text(0)].responses = r.integer(1);
                 return true;
               }));
  }
  if (items.empty()) return out;
  // Items with options only (the texts of other items are answers, not counts). A value's rows
  // at position 0 are the responses answering the item with it first: their sum over the values
  // is the item's respondents (a multiple choice counts once).
  db::Params params = g.params;
  for (const std::string& item : items) params.emplace_back(item);
  TRY_VOID(c.each("SELECT " + g.column +
                      ", a.item_code, a.value, COUNT(*), SUM(CASE WHEN a.position = 0 THEN 1 ELSE 0 END) FROM " +
                      g.tables + " WHERE " + g.where + " AND a.item_code IN (" + placeholders(items.size()) +
                      ") GROUP BY " + g.group + "a.item_code, a.value",
                  params, [&](db::Row& r) {
                    Counts& group = out[r.text(0)];
                    group.values[r.text(1)].push_back({r.text(2), r.integer(3)});
                    group.respondents[r.text(1)] += r.integer(4);
                    return true;
                  }));
  return out;
}

Result<GroupedDimensions> dimension_sums(db::ScopedConnection& c, const Campaign& campaign, std::string_view by) {
  std::map<std::string, int64_t, std::less<>> sizes;  // Likert items per dimension
  TRY_VOID(
      c.each("SELECT section_code, COUNT(*) FROM questionnaire_items WHERE version_id = ? AND kind = 'likert' "
             "AND section_code <> '' GROUP BY section_code",
             {campaign.version_id}, [&](db::Row& r) {
               sizes[r.text(0)] = r.integer(1);
               return true;
             }));
  // One row per response and dimension (never one per answer): how many of its items it answered
  // on the scale, its total, and its scores joined; the complete ones are added up here.
  const Grouping g = grouping(by, campaign.id);
  const std::string sql =
      "WITH scores AS (SELECT o.item_code, o.code, o.score, i.section_code AS section FROM questionnaire_options o "
      "JOIN questionnaire_items i ON i.version_id = o.version_id AND i.code = o.item_code "
      "WHERE o.version_id = ? AND i.kind = 'likert' AND i.section_code <> '' AND o.score IS NOT NULL) "
      "SELECT " +
      g.column + ", s.section, COUNT(*), SUM(s.score), " +
      db::dialect::joined_text(c.engine(), "a.item_code || '=' || s.score", " ") + " FROM " + g.tables +
      " JOIN scores s ON s.item_code = a.item_code AND s.code = a.value WHERE " + g.where + " GROUP BY " + g.group +
      "a.response_id, s.section";
  GroupedDimensions out;
  std::optional<Error> failed;
  TRY_VOID(c.each(sql, concat({campaign.version_id}, g.params), [&](db::Row& r) {
    auto size = sizes.find(r.text(1));
    if (size == sizes.end() || r.integer(2) != size->second) return true;  // not complete
    DimensionSums& d = out[r.text(0)][r.text(1)];
    d.section = r.text(1);
    if (auto added = add_complete_response(d, r.integer(3), r.text(4)); !added) {
      failed = added.error();
      return false;
    }
    return true;
  }));
  if (failed) return fail(*failed);
  return out;
}

Result<OpenAnswerPage> open_answers(db::ScopedConnection& c, const Campaign& campaign, std::string_view answer_code,
                                    int64_t limit, int64_t offset) {
  OpenAnswerPage page;
  const db::Params params{campaign.id, std::string(answer_code)};
  auto total = TRY(
      c.query("SELECT COUNT(*) FROM survey_answers WHERE campaign_id = ? AND item_code = ? AND value <> ''", params));
  page.total = total.front().integer(0);
  db::Params paged = params;
  paged.emplace_back(limit);
  paged.emplace_back(offset);
  TRY_VOID(
      c.each("SELECT value FROM survey_answers WHERE campaign_id = ? AND item_code = ? AND value <> '' ORDER BY "
             "value LIMIT ? OFFSET ?",
             paged, [&](const db::Row& r) {
               page.texts.push_back(r.text(0));
               return true;
             }));
  return page;
}

}  // namespace filet::questionnaires::results_repository
