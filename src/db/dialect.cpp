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
    case Period::year:
      return "substr(" + std::string(date_sql) + ", 1, 4)";
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

Condition full_text_match_any(Engine engine, std::string_view alias,
                              const std::vector<std::vector<FullTextTerm>>& words,
                              const std::vector<std::string>& tokens) {
  if (words.empty() && tokens.empty()) return {};
  const std::string a(alias);
  const bool sqlite = engine == Engine::sqlite;
  // Words are looked for in the text only and filter tokens in the filters only: SQLite by column
  // filters of its FTS5 table, PostgreSQL by weights (text A, filters B) over one tsvector.
  auto all = [&](std::string& out, const std::string& clause) {
    out += (out.empty() ? "" : sqlite ? " AND " : " & ") + clause;
  };
  std::string text;
  for (const auto& word : words) {
    std::string any;
    for (const auto& t : word)
      any += (any.empty() ? ""
              : sqlite    ? " OR "
                          : " | ") +
             (sqlite ? "\"" + t.text + "\"" + (t.prefix ? "*" : "") : t.text + (t.prefix ? ":*A" : ":A"));
    if (!any.empty()) all(text, "(" + any + ")");
  }
  std::string filters;
  for (const auto& t : tokens) all(filters, sqlite ? "\"" + t + "\"" : t + ":B");
  if (sqlite) {
    std::string query;
    if (!text.empty()) query = "search_text : (" + text + ")";
    if (!filters.empty()) query += (query.empty() ? "" : " AND ") + ("filter_text : (" + filters + ")");
    return {a + ".fts_rowid IN (SELECT rowid FROM services_fts WHERE services_fts MATCH ?)", {query}};
  }
  std::string match = text;
  if (!filters.empty()) match += (match.empty() ? "" : " & ") + filters;
  // The expression of the GIN index of migration 0005: it must match it exactly.
  return {"(setweight(to_tsvector('simple', " + a + ".search_text), 'A') || setweight(to_tsvector('simple', COALESCE(" +
              a + ".filter_text, '')), 'B')) @@ to_tsquery('simple', ?)",
          {match}};
}

Condition full_text_match(Engine engine, std::string_view alias, const std::vector<std::string>& words,
                          const std::vector<std::string>& tokens) {
  std::vector<std::vector<FullTextTerm>> terms;
  for (const auto& w : words) terms.push_back({FullTextTerm{w, true}});
  return full_text_match_any(engine, alias, terms, tokens);
}

}  // namespace filet::db::dialect
