#pragma once
#include "core/listing.hpp"
#include "core/territory.hpp"
#include "db/database.hpp"

namespace filet::core::territory_repository {
Result<Territory> find(db::Connection& c, const std::string& id);
// The keys its list may be sorted by (?sort=name, ?sort=-updated_at); by name without one.
inline constexpr db::SortKey kSorts[] = {
    {"name", "t.search_key"}, {"kind", "t.kind"}, {"created_at", "t.created_at"}, {"updated_at", "t.updated_at"}};
Result<Page<Territory>> list(db::Connection& c, const ListQuery& query, const TerritoryFilter& filter);
Result<void> insert(db::Connection& c, const Territory& t);
Result<void> update(db::Connection& c, const Territory& t);
// The chain of ancestors of `id` (to refuse a parent that would make a loop).
Result<std::vector<std::string>> ancestors(db::Connection& c, const std::string& id);
}  // namespace filet::core::territory_repository
