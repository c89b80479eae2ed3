#pragma once
// The SQL of networking entries, always under the request's scope (db::ScopedConnection).
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "journal/networking_entry.hpp"

namespace filet::journal::networking_repository {

inline constexpr db::SortKey kSorts[] = {{"entry_date", "e.entry_date"}, {"category", "e.category"},
                                         {"activity", "e.activity"},     {"efficacy", "e.efficacy"},
                                         {"created_at", "e.created_at"}, {"updated_at", "e.updated_at"}};

Result<db::Page<NetworkingEntry>> list(db::ScopedConnection& c, const db::ListQuery& query,
                                       const NetworkingFilter& filter);
Result<NetworkingEntry> find(db::ScopedConnection& c, const std::string& id, db::Access minimum);
Result<bool> insert(db::ScopedConnection& c, const NetworkingEntry& e);
Result<void> update(db::ScopedConnection& c, const NetworkingEntry& e);
Result<std::vector<NetworkingEntry>> after(db::ScopedConnection& c, const NetworkingFilter& filter,
                                           const std::string& after_date, const std::string& after_id, int64_t limit);

}  // namespace filet::journal::networking_repository
