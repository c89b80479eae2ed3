#include "directory/search.hpp"

#include <cmath>

#include "common/text.hpp"
#include "db/where.hpp"

namespace filet::directory {
namespace {

bool is_word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Relevance, computed in SQL so both engines order alike: a word in the name counts 4, in a
// need label 2, anywhere else 1 (every word is somewhere, or the row would not match).
std::pair<std::string, db::Params> score_expression(const std::vector<std::string>& words) {
  if (words.empty()) return {"0", {}};
  std::string sql;
  db::Params params;
  for (const auto& w : words) {
    if (!sql.empty()) sql += " + ";
    sql += "(CASE WHEN s.name_key LIKE ? ESCAPE '\\' THEN 4 ELSE 0 END) + "
           "(CASE WHEN s.needs_key LIKE ? ESCAPE '\\' THEN 2 ELSE 0 END) + 1";
    params.emplace_back(db::contains_pattern(w));
    params.emplace_back(db::contains_pattern(w));
  }
  return {"(" + sql + ")", params};
}

}  // namespace

void match_words(db::Where& where, db::Engine engine, const std::vector<std::string>& words) {
  if (words.empty()) return;
  std::string match;
  for (const auto& w : words) {
    if (engine == db::Engine::sqlite) match += (match.empty() ? "" : " ") + ("\"" + w + "\"*");
    else match += (match.empty() ? "" : " & ") + (w + ":*");
  }
  if (engine == db::Engine::sqlite)
    where.add("s.fts_rowid IN (SELECT rowid FROM services_fts WHERE services_fts MATCH ?)", {match});
  else
    where.add("to_tsvector('simple', s.search_text) @@ to_tsquery('simple', ?)", {match});
}

namespace {

void add_in(db::Where& where, const std::string& sql_prefix, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  where.add(sql_prefix + db::placeholders(ids.size()) + "))", db::Params(ids.begin(), ids.end()));
}

}  // namespace

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
  match_words(where, c.engine(), query.words);
  add_in(where, "s.id IN (SELECT service_id FROM service_needs WHERE term_id IN (", query.need_ids);
  add_in(where, "s.id IN (SELECT service_id FROM service_territories WHERE territory_id IN (", query.territory_ids);
  if (!query.language.empty())
    where.add("s.id IN (SELECT service_id FROM service_languages WHERE code = ?)", {query.language});
  if (query.age)
    where.add("(s.minimum_age IS NULL OR s.minimum_age <= ?) AND (s.maximum_age IS NULL OR s.maximum_age >= ?)",
              {*query.age, *query.age});
  if (query.free_only) where.add("s.is_free = 1");
  if (query.weekday) where.add("s.id IN (SELECT service_id FROM service_days WHERE weekday = ?)", {int64_t{query.weekday}});

  core::Page<SearchHit> page;
  auto count = TRY(c.query("SELECT COUNT(*) FROM services s" + where.sql(), where.params()));
  page.total = count.front().integer(0);
  if (page.total == 0) return page;

  auto [score, score_params] = score_expression(query.words);
  // Near a point: an equirectangular distance is enough to order by (no trigonometry in SQL).
  std::string distance = "0";
  db::Params distance_params;
  if (query.near) {
    double scale = std::cos(query.near->first * M_PI / 180.0);
    distance = "COALESCE((s.latitude - ?) * (s.latitude - ?) + ((s.longitude - ?) * ?) * ((s.longitude - ?) * ?), 1e9)";
    distance_params = {query.near->first, query.near->first, query.near->second, scale, query.near->second, scale};
  }
  std::string order = query.words.empty() ? (query.near ? "distance, s.name_key, s.id" : "s.name_key, s.id")
                                          : (query.near ? "score DESC, distance, s.name_key, s.id"
                                                        : "score DESC, s.name_key, s.id");
  db::Params params = score_params;
  for (auto& p : distance_params) params.push_back(p);
  for (const auto& p : where.params()) params.push_back(p);
  params.emplace_back(query.per_page);
  params.emplace_back((query.page - 1) * query.per_page);
  TRY_VOID(c.each("SELECT s.id, " + score + " AS score, " + distance + " AS distance, s.latitude, s.longitude " +
                      "FROM services s" + where.sql() + " ORDER BY " + order + " LIMIT ? OFFSET ?",
                  params, [&](db::Row& r) {
                    SearchHit hit{r.text(0), r.integer(1), std::nullopt};
                    auto lat = r.real(3), lon = r.real(4);
                    if (query.near && lat && lon)
                      hit.distance_km = distance_km(query.near->first, query.near->second, *lat, *lon);
                    page.items.push_back(std::move(hit));
                    return true;
                  }));
  return page;
}

}  // namespace filet::directory
