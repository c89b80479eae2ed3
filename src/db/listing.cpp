#include "db/listing.hpp"

namespace filet::db {

void ListQuery::apply(Where& where, const std::string& alias) const {
  if (!q.empty()) where.add(alias + ".search_key LIKE ? ESCAPE '\\'", {contains_pattern(q)});
  if (active) where.add(alias + ".active = ?", {int64_t{*active ? 1 : 0}});
}

std::string ListQuery::order(std::span<const SortKey> keys, std::string_view fallback,
                             std::string_view id_column) const {
  bool descending = sort.starts_with('-');
  std::string_view name = descending ? std::string_view(sort).substr(1) : std::string_view(sort);
  for (const auto& key : keys)
    if (!name.empty() && key.name == name)
      return std::string(key.column) + (descending ? " DESC, " : ", ") + std::string(id_column);
  return std::string(fallback);
}

namespace detail {
Params page_params(const PageSql& sql, const ListQuery& query) {
  Params params = sql.select_params;
  for (const auto& p : sql.where.params()) params.push_back(p);
  params.emplace_back(query.per_page);
  params.emplace_back(query.offset());
  return params;
}
}  // namespace detail

}  // namespace filet::db
