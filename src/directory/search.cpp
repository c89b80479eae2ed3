#include "directory/search.hpp"

#include <cmath>
#include <utility>

#include "common/text.hpp"
#include "db/dialect.hpp"
#include "db/where.hpp"
#include "directory/service.hpp"

namespace filet::directory {
namespace {

bool is_word_char(unsigned char c) {
  return std::isalnum(c) || c >= 0x80;
}

}  // namespace

std::pair<std::string, db::Params> score_expression(const std::vector<std::string>& words) {
  if (words.empty()) return {"0", {}};
  std::string sql;
  db::Params params;
  for (const auto& w : words) {
    if (!sql.empty()) sql += " + ";
    sql +=
        "(CASE WHEN s.name_key LIKE ? ESCAPE '\\' THEN 4 ELSE 0 END) + "
        "(CASE WHEN s.needs_key LIKE ? ESCAPE '\\' THEN 2 ELSE 0 END) + 1";
    params.emplace_back(db::contains_pattern(w));
    params.emplace_back(db::contains_pattern(w));
  }
  return {"(" + sql + ")", params};
}

void match_words(db::Where& where, db::Engine engine, const std::vector<std::string>& words,
                 const std::vector<std::string>& tokens) {
  db::dialect::Condition match = db::dialect::full_text_match(engine, "s", words, tokens);
  if (!match.sql.empty()) where.add(std::move(match.sql), std::move(match.params));
}

std::vector<std::string> search_words(std::string_view text) {
  std::string folded = text::fold(text);
  std::vector<std::string> words;
  std::string current;
  for (char c : folded) {
    if (is_word_char(static_cast<unsigned char>(c))) {
      current += c;
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
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

  core::Page<SearchHit> page;
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
  db::Params params = score_params;
  for (auto& p : distance_params) params.push_back(p);
  for (const auto& p : where.params()) params.push_back(p);
  params.emplace_back(query.per_page);
  params.emplace_back((query.page - 1) * query.per_page);
  // One pass: the window count gives the total before LIMIT, so the index is searched once.
  TRY_VOID(c.each("SELECT s.id, " + score + " AS score, " + distance +
                      " AS distance, s.latitude, s.longitude, COUNT(*) OVER () AS total FROM services s" + where.sql() +
                      " ORDER BY " + order + " LIMIT ? OFFSET ?",
                  params, [&](db::Row& r) {
                    page.total = r.integer(5);
                    SearchHit hit{r.text(0), r.integer(1), std::nullopt};
                    auto lat = r.real(3), lon = r.real(4);
                    if (query.near && lat && lon)
                      hit.distance_km = distance_km(query.near->first, query.near->second, *lat, *lon);
                    page.items.push_back(std::move(hit));
                    return true;
                  }));
  if (page.items.empty() && query.page > 1) {  // past the last page: the total still counts
    auto count = TRY(c.query("SELECT COUNT(*) FROM services s" + where.sql(), where.params()));
    page.total = count.front().integer(0);
  }
  return page;
}

}  // namespace filet::directory
