#pragma once
// What every list endpoint accepts (page, per_page, q, active) and returns, and the SQL of one page.
// Below the API and every module, so all of them page the same way (core names it core::ListQuery).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/where.hpp"

namespace filet::db {

struct ListQuery {
  int64_t page = 1;
  int64_t per_page = 25;
  std::string q;  // accent-folded search text
  std::optional<bool> active;

  int64_t offset() const { return (page - 1) * per_page; }
  // Adds the name search and the active filter for a table aliased `alias`.
  void apply(Where& where, const std::string& alias) const;
};

template <class T>
struct Page {
  std::vector<T> items;
  int64_t total = 0;
};

// One page of a list: the total matching `where` (counted over `from`), then the page's rows of
// `select` (which holds its own FROM and joins) in `order`.
template <class T, class FromRow>
Result<Page<T>> select_page(Connection& c, std::string_view select, std::string_view from, const Where& where,
                            std::string_view order, const ListQuery& query, FromRow from_row) {
  Page<T> page;
  auto count = TRY(c.query("SELECT COUNT(*) FROM " + std::string(from) + where.sql(), where.params()));
  page.total = count.front().integer(0);
  auto rows = TRY(c.query(std::string(select) + where.sql() + " ORDER BY " + std::string(order) + " LIMIT ? OFFSET ?",
                          where.with({query.per_page, query.offset()})));
  for (const auto& r : rows) page.items.push_back(from_row(r));
  return page;
}

}  // namespace filet::db
