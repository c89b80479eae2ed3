#pragma once
// The paging kit every list shares: what a list endpoint accepts (page, per_page, sort, q,
// active), parsed once by the API (api::list_query), and the SQL of one page, written once here.
// Below the API and every module, so all of them page the same way (core names it core::ListQuery).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "db/where.hpp"

namespace filet::db {

// A key a list may be sorted by (?sort=name, ?sort=-updated_at for descending) and the column
// it orders by. Each list names its own keys; any other is refused by the API.
struct SortKey {
  std::string_view name;
  std::string_view column;
};

struct ListQuery {
  int64_t page = 1;
  int64_t per_page = 25;
  std::string q;  // accent-folded search text
  std::optional<bool> active;
  std::string sort;  // one of the list's SortKey names, "-" first for descending; "" = the default order

  int64_t offset() const { return (page - 1) * per_page; }
  // Adds the name search and the active filter for a table aliased `alias`.
  void apply(Where& where, const std::string& alias) const;
  // The ORDER BY of the page: the sort key's column then `id_column` (a stable order whatever
  // the ties), or `fallback` (the list's default order) without a sort.
  std::string order(std::span<const SortKey> keys, std::string_view fallback, std::string_view id_column) const;
};

template <class T>
struct Page {
  std::vector<T> items;
  int64_t total = 0;
};

// The SQL of one page: `select` holds its own FROM and joins (and its parameters, bound before
// those of `where`), `from` is what the total counts over.
struct PageSql {
  std::string select;
  Params select_params;
  std::string from;
  Where where;
  std::string order;
};

namespace detail {
Params page_params(const PageSql& sql, const ListQuery& query);
}

// One page of a list: the total matching, then the page's rows in order.
template <class T, class FromRow>
Result<Page<T>> select_page(Connection& c, const PageSql& sql, const ListQuery& query, FromRow from_row) {
  Page<T> page;
  auto count = TRY(c.query("SELECT COUNT(*) FROM " + sql.from + sql.where.sql(), sql.where.params()));
  page.total = count.front().integer(0);
  TRY_VOID(c.each(sql.select + sql.where.sql() + " ORDER BY " + sql.order + " LIMIT ? OFFSET ?",
                  detail::page_params(sql, query), [&](const Row& r) {
                    page.items.push_back(from_row(r));
                    return true;
                  }));
  return page;
}

// The same in one pass, for a costly match (a full-text search): the window count
// `COUNT(*) OVER ()` in column `total_column` of `select` gives the total, so the match runs once
// (a second time only for a page past the end, which has no row to carry it).
template <class T, class FromRow>
Result<Page<T>> select_page_counted(Connection& c, const PageSql& sql, size_t total_column, const ListQuery& query,
                                    FromRow from_row) {
  Page<T> page;
  TRY_VOID(c.each(sql.select + sql.where.sql() + " ORDER BY " + sql.order + " LIMIT ? OFFSET ?",
                  detail::page_params(sql, query), [&](const Row& r) {
                    page.total = r.integer(total_column);
                    page.items.push_back(from_row(r));
                    return true;
                  }));
  if (page.items.empty() && query.page > 1) {
    auto count = TRY(c.query("SELECT COUNT(*) FROM " + sql.from + sql.where.sql(), sql.where.params()));
    page.total = count.front().integer(0);
  }
  return page;
}

// Kept for the lists written before PageSql: a select without parameters of its own.
template <class T, class FromRow>
Result<Page<T>> select_page(Connection& c, std::string_view select, std::string_view from, const Where& where,
                            std::string_view order, const ListQuery& query, FromRow from_row) {
  return select_page<T>(c, PageSql{std::string(select), {}, std::string(from), where, std::string(order)}, query,
                        from_row);
}

}  // namespace filet::db
