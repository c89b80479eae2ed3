#include "directory/search.hpp"

#include <cmath>
#include <utility>

#include "common/text.hpp"
#include "db/dialect.hpp"
#include "db/where.hpp"
#include "directory/search_terms.hpp"
#include "directory/service.hpp"

namespace filet::directory {

std::pair<std::string, db::Params> score_expression(const std::vector<std::string>& words) {
  if (words.empty()) return {"0", {}};
  std::string sql;
  db::Params params;
  // "In the name" means one of the word's prefix terms (its stems) appears in the folded name.
  auto contains_any = [&](std::string_view column, const std::vector<std::string>& patterns) {
    std::string test;
    for (const auto& p : patterns) {
      test += (test.empty() ? "" : " OR ") + std::string(column) + " LIKE ? ESCAPE '\\'";
      params.emplace_back(db::contains_pattern(p));
    }
    return test;
  };
  for (const auto& w : words) {
    auto patterns = ranking_patterns(w);
    if (!sql.empty()) sql += " + ";
    sql += "(CASE WHEN " + contains_any("s.name_key", patterns) + " THEN 4 ELSE 0 END) + ";
    sql += "(CASE WHEN " + contains_any("s.needs_key", patterns) + " THEN 2 ELSE 0 END) + 1";
  }
  return {"(" + sql + ")", params};
}

void match_words(db::Where& where, db::Engine engine, const std::vector<std::string>& words,
                 const std::vector<std::string>& tokens) {
  // Each word is one of its terms (French or English stem, see word_terms).
  std::vector<std::vector<db::dialect::FullTextTerm>> terms;
  for (const auto& w : words) {
    auto& any = terms.emplace_back();
    for (const auto& t : word_terms(w)) any.push_back({t.text, t.prefix});
  }
  db::dialect::Condition match = db::dialect::full_text_match_any(engine, "s", terms, tokens);
  if (!match.sql.empty()) where.add(std::move(match.sql), std::move(match.params));
}

std::vector<std::string> search_words(std::string_view text) {
  auto words = text::split_words(text::fold(text));
  // Words that narrow nothing go, unless nothing else is left ("le" alone is still looked for).
  std::vector<std::string> meaningful;
  for (const auto& w : words)
    if (!is_stop_word(w)) meaningful.push_back(w);
  if (!meaningful.empty()) words = std::move(meaningful);
  if (words.size() > 12) words.resize(12);
  return words;
}

double distance_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRadians = M_PI / 180.0;
  double dlat = (lat2 - lat1) * kRadians, dlon = (lon2 - lon1) * kRadians;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRadians) * std::cos(lat2 * kRadians) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::sqrt(a));
}

Result<core::Page<SearchHit>> search(db::Connection& c, const SearchQuery& query) {
  db::Where where;
  where.add("s.status = 'active'");
  // Filters become words of the index (see filter_token), answered with the text in one lookup.
  std::vector<std::string> tokens;
  if (!query.need_id.empty()) tokens.push_back(filter_token("need", query.need_id));
  if (!query.territory_id.empty()) tokens.push_back(filter_token("ter", query.territory_id));
  if (!query.language.empty()) tokens.push_back(filter_token("lang", query.language));
  if (query.weekday) tokens.push_back(filter_token("day", std::to_string(query.weekday)));
  if (query.free_only) tokens.push_back(filter_token("free", ""));
  match_words(where, c.engine(), query.words, tokens);
  if (query.age)
    where.add("(s.minimum_age IS NULL OR s.minimum_age <= ?) AND (s.maximum_age IS NULL OR s.maximum_age >= ?)",
              {*query.age, *query.age});

  auto [score, score_params] = score_expression(query.words);
  // Near a point: an equirectangular distance is enough to order by (no trigonometry in SQL).
  std::string distance = "0";
  db::Params distance_params;
  if (query.near) {
    double scale = std::cos(query.near->first * M_PI / 180.0);
    distance = "COALESCE((s.latitude - ?) * (s.latitude - ?) + ((s.longitude - ?) * ?) * ((s.longitude - ?) * ?), 1e9)";
    distance_params = {query.near->first, query.near->first, query.near->second, scale, query.near->second, scale};
  }
  std::string order = query.words.empty()
                          ? (query.near ? "distance, s.name_key, s.id" : "s.name_key, s.id")
                          : (query.near ? "score DESC, distance, s.name_key, s.id" : "score DESC, s.name_key, s.id");
  db::Params select_params = score_params;
  for (auto& p : distance_params) select_params.push_back(p);
  // One pass: the window count gives the total before LIMIT, so the index is searched once.
  db::PageSql sql{"SELECT s.id, " + score + " AS score, " + distance +
                      " AS distance, s.latitude, s.longitude, COUNT(*) OVER () AS total FROM services s",
                  std::move(select_params), "services s", std::move(where), order};
  return db::select_page_counted<SearchHit>(c, sql, 5, {query.page, query.per_page}, [&](const db::Row& r) {
    SearchHit hit{r.text(0), r.integer(1), std::nullopt};
    auto lat = r.real(3), lon = r.real(4);
    if (query.near && lat && lon) hit.distance_km = distance_km(query.near->first, query.near->second, *lat, *lon);
    return hit;
  });
}

}  // namespace filet::directory
