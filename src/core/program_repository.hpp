#pragma once
#include "core/listing.hpp"
#include "core/program.hpp"
#include "db/database.hpp"

namespace filet::core::program_repository {
Result<Program> find(db::Connection& c, const std::string& id);
// The keys its list may be sorted by (?sort=name, ?sort=-updated_at); by name without one.
inline constexpr db::SortKey kSorts[] = {{"name", "p.search_key"},
                                         {"starts_on", "p.starts_on"},
                                         {"created_at", "p.created_at"},
                                         {"updated_at", "p.updated_at"}};
Result<Page<Program>> list(db::Connection& c, const ListQuery& query);
Result<void> save(db::Connection& c, const Program& p, bool is_new);
Result<void> set_members(db::Connection& c, const std::string& id, const std::vector<std::string>& organization_ids);
Result<void> set_funders(db::Connection& c, const std::string& id, const std::vector<std::string>& funders);
}  // namespace filet::core::program_repository
