#include "core/listing.hpp"

namespace filet::core {

void ListQuery::apply(db::Where& where, const std::string& alias) const {
  if (!q.empty()) where.add(alias + ".search_key LIKE ? ESCAPE '\\'", {db::contains_pattern(q)});
  if (active) where.add(alias + ".active = ?", {int64_t{*active ? 1 : 0}});
}

}  // namespace filet::core
