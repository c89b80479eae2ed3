#pragma once
// The SQL of outreach entries, always under the request's scope (db::ScopedConnection).
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "journal/outreach_entry.hpp"

namespace filet::journal::outreach_repository {

// The keys its list may be sorted by; newest first without one.
inline constexpr db::SortKey kSorts[] = {
    {"entry_date", "e.entry_date"}, {"duration_minutes", "e.duration_minutes"}, {"strategy", "e.strategy"},
    {"efficacy", "e.efficacy"},     {"parents_reached", "e.parents_reached"},   {"created_at", "e.created_at"},
    {"updated_at", "e.updated_at"}};

Result<db::Page<OutreachEntry>> list(db::ScopedConnection& c, const db::ListQuery& query, const OutreachFilter& filter);
// The entry if the scope reads its organization at `minimum` or more (else not_found).
Result<OutreachEntry> find(db::ScopedConnection& c, const std::string& id, db::Access minimum);
// False when a row of that id exists already (a resent create): nothing is written.
Result<bool> insert(db::ScopedConnection& c, const OutreachEntry& e);
// Compare-and-set on e.version (version_conflict when another change came first).
Result<void> update(db::ScopedConnection& c, const OutreachEntry& e);
// Up to `limit` entries read identified, in (entry_date, id) order after the given key: an
// export pages forward so entries written meanwhile never shift what it reads.
Result<std::vector<OutreachEntry>> after(db::ScopedConnection& c, const OutreachFilter& filter,
                                         const std::string& after_date, const std::string& after_id, int64_t limit);

}  // namespace filet::journal::outreach_repository
