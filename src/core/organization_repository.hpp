#pragma once
#include "core/listing.hpp"
#include "core/organization.hpp"
#include "db/database.hpp"

namespace filet::core::organization_repository {
Result<Organization> find(db::Connection& c, const std::string& id);
// The keys its list may be sorted by (?sort=name, ?sort=-updated_at); by name without one.
inline constexpr db::SortKey kSorts[] = {
    {"name", "o.search_key"}, {"sector", "o.sector"}, {"created_at", "o.created_at"}, {"updated_at", "o.updated_at"}};
Result<Page<Organization>> list(db::Connection& c, const ListQuery& query, const OrganizationFilter& filter);
Result<void> insert(db::Connection& c, const Organization& o, const std::vector<std::string>& territory_ids);
Result<void> update(db::Connection& c, const Organization& o);
Result<void> set_territories(db::Connection& c, const std::string& id, const std::vector<std::string>& territory_ids);
// Rewrites the organization's territory_list (its territories' ids and names, 0033) from
// organization_territories: after its territories change, or, for each organization of a
// territory, after that territory's name changes.
Result<void> refresh_territory_list(db::Connection& c, const std::string& id);
Result<void> refresh_territory_lists_of(db::Connection& c, const std::string& territory_id);
// The ids among `ids` that name no record of `table` (territories, organizations).
Result<std::vector<std::string>> missing_ids(db::Connection& c, std::string_view table,
                                             const std::vector<std::string>& ids);
}  // namespace filet::core::organization_repository
