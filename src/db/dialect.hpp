#pragma once
// The few SQL pieces that differ between SQLite and PostgreSQL, in one place, for the reports and
// search: date buckets, string aggregation and full-text matching. Everything else Filet writes
// is SQL both engines run as is. dialect_test.cpp runs each piece on both engines and expects the
// same results.
#include <string>
#include <string_view>
#include <vector>

#include "db/database.hpp"

namespace filet::db::dialect {

enum class Period {
  week,         // the Monday that starts the ISO week, "2026-03-30"
  month,        // "2026-04"
  quarter,      // calendar quarter, "2026-Q2"
  fiscal_year,  // Quebec's fiscal year, 1 April to 31 March, "2026-2027"
  year,         // calendar year, "2026"
};

// An SQL expression naming the period of `date_sql`, an expression of ISO 8601 text (a date
// "2026-04-01" or a UTC timestamp "2026-04-01T08:00:00Z"). Labels sort in time order.
std::string period_of(Engine engine, Period period, std::string_view date_sql);

// An aggregate joining the text `value_sql` of a group's rows with `separator`. PostgreSQL orders
// the values; SQLite 3.40 cannot, and joins them in the order it reads them: aggregate over a
// subquery ordered by the value (SELECT … FROM (SELECT … ORDER BY value) GROUP BY …).
std::string joined_text(Engine engine, std::string_view value_sql, std::string_view separator);

// A condition on the services aliased `alias` (see migrations 0002 and 0005): each of `words`
// (accent-folded) starts a word of their text (search_text), and each of `tokens` is one of their
// filter words (filter_text). `where` gets nothing when both are empty.
struct Condition {
  std::string sql;
  Params params;
};
// One way a word may be found in the text: as a word beginning with `text`, or exactly `text`.
struct FullTextTerm {
  std::string text;
  bool prefix = true;
};
// Every word is required; a word matches any of its terms (its French or its English stem).
Condition full_text_match_any(Engine engine, std::string_view alias,
                              const std::vector<std::vector<FullTextTerm>>& words,
                              const std::vector<std::string>& tokens);
// Each word as one prefix term.
Condition full_text_match(Engine engine, std::string_view alias, const std::vector<std::string>& words,
                          const std::vector<std::string>& tokens);

}  // namespace filet::db::dialect
