#include "db/listing.hpp"

namespace filet::db {

void ListQuery::apply(Where& where, const std::string& alias) const {
  if (!q.empty()) where.add(alias + ".search_key LIKE ? ESCAPE '\\'", {contains_pattern(q)});
  if (active) where.add(alias + ".active = ?", {int64_t{*active ? 1 : 0}});
}

}  // namespace filet::db
