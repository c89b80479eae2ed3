#include "db/dialect.hpp"

#include <utility>

namespace filet::db::dialect {

std::string period_of(Engine engine, Period period, std::string_view date_sql) {
  std::string day = "substr(" + std::string(date_sql) + ", 1, 10)";
  std::string year = "CAST(substr(" + std::string(date_sql) + ", 1, 4) AS INTEGER)";
  std::string month = "CAST(substr(" + std::string(date_sql) + ", 6, 2) AS INTEGER)";
  switch (period) {
    case Period::week:
      // SQLite: to the next Sunday (or the same day), then back 6 days.
      return engine == Engine::sqlite ? "date(" + day + ", 'weekday 0', '-6 days')"
                                      : "to_char(date_trunc('week', CAST(" + day + " AS date)), 'YYYY-MM-DD')";
    case Period::month:
      return "substr(" + std::string(date_sql) + ", 1, 7)";
    case Period::quarter:
      return "(substr(" + std::string(date_sql) + ", 1, 4) || '-Q' || CAST((" + month + " + 2) / 3 AS TEXT))";
    case Period::fiscal_year: {
      // January to March belong to the fiscal year that started the April before.
      std::string start = "(" + year + " - CASE WHEN " + month + " < 4 THEN 1 ELSE 0 END)";
      return "(CAST(" + start + " AS TEXT) || '-' || CAST(" + start + " + 1 AS TEXT))";
    }
  }
  return "NULL";
}

std::string joined_text(Engine engine, std::string_view value_sql, std::string_view separator) {
  std::string quoted = "'";
  for (char c : separator) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  quoted += "'";
  if (engine == Engine::sqlite) return "group_concat(" + std::string(value_sql) + ", " + quoted + ")";
  return "string_agg(" + std::string(value_sql) + ", " + quoted + " ORDER BY " + std::string(value_sql) + ")";
}

Condition full_text_match(Engine engine, std::string_view alias, const std::vector<std::string>& words,
                          const std::vector<std::string>& tokens) {
  if (words.empty() && tokens.empty()) return {};
  const std::string a(alias);
  // Words are looked for in the text only and filter tokens in the filters only: SQLite by column
  // filters of its FTS5 table, PostgreSQL by weights (text A, filters B) over one tsvector.
  if (engine == Engine::sqlite) {
    auto terms = [](const std::vector<std::string>& list, bool prefix) {
      std::string out;
      for (const auto& term : list) out += (out.empty() ? "\"" : " \"") + term + (prefix ? "\"*" : "\"");
      return out;
    };
    std::string query;
    if (!words.empty()) query = "search_text : (" + terms(words, true) + ")";
    if (!tokens.empty()) query += (query.empty() ? "" : " AND ") + ("filter_text : (" + terms(tokens, false) + ")");
    return {a + ".fts_rowid IN (SELECT rowid FROM services_fts WHERE services_fts MATCH ?)", {query}};
  }
  std::string match;
  for (const auto& w : words) match += (match.empty() ? "" : " & ") + w + ":*A";
  for (const auto& t : tokens) match += (match.empty() ? "" : " & ") + t + ":B";
  // The expression of the GIN index of migration 0005: it must match it exactly.
  return {"(setweight(to_tsvector('simple', " + a + ".search_text), 'A') || setweight(to_tsvector('simple', COALESCE(" +
              a + ".filter_text, '')), 'B')) @@ to_tsquery('simple', ?)",
          {match}};
}

}  // namespace filet::db::dialect
