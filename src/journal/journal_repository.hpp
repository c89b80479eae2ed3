#pragma once
// The SQL both journal lists share: their filters under the request's scope, and the versions an
// entry had before each change.
#include <string>
#include <string_view>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "journal/journal_entry.hpp"

namespace filet::journal::journal_repository {

// The scope (entries of the organizations read, de-identified or better), the period, the
// organization, the worker (only where the worker is shown: organizations read identified) and
// the search text (the place or the organization reached), on a table aliased "e".
void filter(db::ScopedConnection& c, db::Where& where, const EntryFilter& filter, const db::ListQuery& query);
// The entry as it was before a change, kept apart from the log.
Result<void> keep_version(db::ScopedConnection& c, std::string_view kind, const EntryBase& before,
                          const std::string& document, const std::string& replaced_by, const std::string& at);
// How many earlier versions of an entry are kept (for tests and the entry's page).
Result<int64_t> kept_versions(db::ScopedConnection& c, std::string_view kind, const std::string& entry_id);

}  // namespace filet::journal::journal_repository
