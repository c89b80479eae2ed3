#pragma once
// The SQL of journal entries, always under the request's scope (db::ScopedConnection): what both
// kinds share — their filters, the list / find / insert / update / export paging of one table
// (`EntryTable`, over a kind's table description: outreach_repository.hpp, networking_repository.hpp)
// and the versions an entry had before each change.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "journal/journal_entry.hpp"

namespace filet::journal {

namespace journal_repository {
// The scope (entries of the organizations read, de-identified or better), the period, the
// organization, the worker (only where the worker is shown: organizations read identified) and
// the search text (the place or the organization reached), on a table aliased "e".
void filter(db::ScopedConnection& c, db::Where& where, const EntryFilter& filter, const db::ListQuery& query);
// The entry as it was before a change, kept apart from the log.
Result<void> keep_version(db::ScopedConnection& c, std::string_view kind, const EntryBase& before,
                          const std::string& document, const std::string& replaced_by, const std::string& at);
// How many earlier versions of an entry are kept (for tests and the entry's page).
Result<int64_t> kept_versions(db::ScopedConnection& c, std::string_view kind, const std::string& entry_id);
}  // namespace journal_repository

// The eleven columns every kind's `select` starts with (id … version), into `e`.
void read_base(const db::Row& r, EntryBase& e);

// The SQL of one kind's table. `Table` describes it: `Entry`, `Filter`, `table`, `select` (its
// columns and joins, the entry aliased "e"), `from_row`, `filter` (the kind's own filters),
// `values` (what every write sets, in the order of `columns`) and `sorts`.
template <class Table>
struct EntryTable {
  using Entry = typename Table::Entry;
  using Filter = typename Table::Filter;
  // The keys its list may be sorted by; newest first without one.
  static constexpr std::span<const db::SortKey> kSorts = Table::sorts;

  static Result<db::Page<Entry>> list(db::ScopedConnection& c, const db::ListQuery& query, const Filter& filter);
  // The entry if the scope reads its organization at `minimum` or more (else not_found).
  static Result<Entry> find(db::ScopedConnection& c, const std::string& id, db::Access minimum);
  // False when a row of that id exists already (a resent create): nothing is written.
  static Result<bool> insert(db::ScopedConnection& c, const Entry& e);
  // Compare-and-set on e.version (version_conflict when another change came first).
  static Result<void> update(db::ScopedConnection& c, const Entry& e);
  // Up to `limit` entries read identified, in (entry_date, id) order after the given key: an
  // export pages forward so entries written meanwhile never shift what it reads.
  static Result<std::vector<Entry>> after(db::ScopedConnection& c, const Filter& filter, const std::string& after_date,
                                          const std::string& after_id, int64_t limit);
};

}  // namespace filet::journal
