#include "questionnaires/results_repository.hpp"

#include <optional>

#include "questionnaires/campaign_population.hpp"

namespace filet::questionnaires::results_repository {
namespace {

// The rows `a` of a campaign in `rows` (a table of response_id and campaign_id: its answers, or
// its responses' dimension totals); grouped, each joined to its response's answer to `by`, `g`
// (a single choice: one row at position 0), or to its response `g` for a respondent attribute
// (campaign_population). The join leaves out the responses that did not answer `by`: everyone's
// figures come from the ungrouped read (results_assembly's `unanswered` gives their group by
// subtraction), and each read stays one pass over an index.
struct Grouping {
  std::string column;  // the group, first in the select list
  std::string source;  // the FROM of the groups' sizes (`g`)
  std::string tables;  // FROM
  std::string where;   // its conditions
  db::Params params;   // the WHERE's
};

Grouping grouping(std::string_view by, const std::string& campaign_id, std::string_view rows = "survey_answers") {
  const std::string a(rows);
  if (by.empty()) return {"''", "", a + " a", "a.campaign_id = ?", {campaign_id}};
  // A respondent attribute (a fixed column of the response): every response is in one group, ""
  // for "not known".
  if (auto attribute = attribute_of(by)) {
    const std::string column = "g." + std::string(*attribute);
    return {column,
            "survey_responses g",
            "survey_responses g JOIN " + a + " a ON a.campaign_id = g.campaign_id AND a.response_id = g.id",
            "g.campaign_id = ?",
            {campaign_id}};
  }
  return {"g.value",
          "survey_answers g",
          "survey_answers g JOIN " + a + " a ON a.campaign_id = g.campaign_id AND a.response_id = g.response_id",
          "g.campaign_id = ? AND g.item_code = ? AND g.position = 0",
          {campaign_id, std::string(by)}};
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
  auto add = [&](db::Row& r) {
    Counts& group = out[r.text(0)];
    group.values[r.text(1)].push_back({r.text(2), r.integer(3)});
    group.respondents[r.text(1)] += r.integer(4);
    return true;
  };
  if (attribute_of(by)) {
    // Counts by a respondent attribute are not kept as responses come in: counted from the
    // answers, grouped by the response's attribute. A value's rows at position 0 are the
    // responses answering the item with it first.
    db::Params params = g.params;
    for (const std::string& item : items) params.emplace_back(item);
    TRY_VOID(c.each("SELECT " + g.column +
                        ", a.item_code, a.value, COUNT(*), SUM(CASE WHEN a.position = 0 THEN 1 ELSE 0 END) FROM " +
                        g.tables + " WHERE " + g.where + " AND a.item_code IN (" + placeholders(items.size()) +
                        ") GROUP BY " + g.column + ", a.item_code, a.value",
                    params, add));
    return out;
  }
  // Items with options only (the texts of other items are answers, not counts), as kept by value
  // when each response came in (response_aggregates_repository): everyone's under by_item "", a
  // group's under `by` and its answer. `firsts` counts the responses answering the item with that
  // value first: their sum over the values is the item's respondents (a multiple choice counts once).
  db::Params params{campaign.id, std::string(by)};
  for (const std::string& item : items) params.emplace_back(item);
  TRY_VOID(
      c.each("SELECT by_value, item_code, value, answers, firsts FROM survey_value_counts WHERE campaign_id = ? "
             "AND by_item = ? AND item_code IN (" +
                 placeholders(items.size()) + ") ORDER BY by_value, item_code, value",
             params, add));
  return out;
}

Result<GroupedDimensions> dimension_sums(db::ScopedConnection& c, const Campaign& campaign, std::string_view by) {
  // One row per response and dimension it completed on the scale, kept when the response came in
  // (response_aggregates_repository): its total and its scores joined, added up here.
  const Grouping g = grouping(by, campaign.id, "survey_response_dimensions");
  GroupedDimensions out;
  std::optional<Error> failed;
  TRY_VOID(c.each("SELECT " + g.column + ", a.section_code, a.total, a.scores FROM " + g.tables + " WHERE " + g.where,
                  g.params, [&](db::Row& r) {
                    DimensionSums& d = out[r.text(0)][r.text(1)];
                    d.section = r.text(1);
                    if (auto added = add_complete_response(d, r.integer(2), r.text(3)); !added) {
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
