#pragma once
// The SQL of services: the row, its derived filter tables, the full-text index, and batched
// loading of a page of services with their needs, languages, territories and locations.
#include <functional>
#include <string>
#include <vector>

#include "core/listing.hpp"
#include "db/database.hpp"
#include "db/scope.hpp"
#include "directory/service.hpp"

namespace filet::directory::service_repository {

Result<std::vector<Service>> load(db::Connection& c, const std::vector<std::string>& ids);
Result<Service> find(db::Connection& c, const std::string& id);
Result<bool> exists(db::Connection& c, const std::string& id);
// Reading: the directory is published, every account (and the HSDS API) reads every service,
// so reads take a plain connection. Changing a service, and the list of services to verify,
// take the request's scope: only services of organizations it may change (forbidden otherwise).

// The version a save that replaces a service whole, whatever its version, names (an import).
inline constexpr int64_t kAnyVersion = 0;

// The columns derived from a service's own fields: its search text, folded names and need labels,
// and its documents as JSON. Pure and thread-safe: an import computes them on another thread
// while it reads the next record.
struct DerivedColumns {
  std::string search, names, needs, document;
  std::vector<std::string> location_documents;  // each location's service_at_location, in order
};
DerivedColumns derive_columns(const Service& s);

// Inserts or replaces the service and everything derived from it. `need_ids`, `territory_ids`
// and `locations` must exist (the service checks them). Both the organization the service
// belonged to and the one it belongs to now must be in the scope.
// With `defer_search_index`, the full-text row is left for index_pending_services (bulk imports).
// An existing service is written only if it is still at s.version (else version_conflict), and
// its version goes up by one. `derived`, when given, must be derive_columns(s) (computed earlier).
Result<void> save(db::ScopedConnection& c, const Service& s, bool is_new, const Hierarchies& hierarchies,
                  bool defer_search_index = false, const DerivedColumns* derived = nullptr);
// Verified now by `by`, if the scope may change it (forbidden otherwise).
Result<void> mark_verified(db::ScopedConnection& c, const std::string& id, const std::string& at,
                           const std::string& by);
// Writes the full-text rows of the services saved with defer_search_index, in one statement.
Result<void> index_pending_services(db::Connection& c);
// The territory and need-term trees, for the filter tokens of the search index.
Result<Hierarchies> load_hierarchies(db::Connection& c);
// Active services never verified or verified before `before` (ISO time), oldest first, among
// those the scope may change (verify).
// The keys the list of services to verify may be sorted by; least recently verified first without one.
inline constexpr db::SortKey kStaleSorts[] = {
    {"verified_at", "COALESCE(s.verified_at, '')"}, {"name", "s.name_key"}, {"updated_at", "s.updated_at"}};
Result<core::Page<Service>> stale(db::ScopedConnection& c, const std::string& before, const core::ListQuery& query);
// Rewrites the search index of the services of an organization, or of the services serving a
// territory or any territory below it (after a rename or a move in the hierarchy).
Result<size_t> reindex_organization(db::Connection& c, const std::string& organization_id);
Result<size_t> reindex_territory(db::Connection& c, const std::string& territory_id);
// Every service id, in a stable order (exports), optionally only those modified after a time.
Result<std::vector<std::string>> all_ids(db::Connection& c);
// Services indexed before filters had a column of their own (filter_text NULL, migration 0005):
// their full-text rows are written again. Run at start; nothing to do afterwards.
Result<size_t> index_filters_of_older_services(db::Connection& c);
// Rewrites every service's index row when the way search text is written changed
// (search_text_version() differs from the one stamped in settings), then stamps the new one. Run at
// start, so that an existing database is searched like a new one without any manual step.
Result<size_t> refresh_search_index(db::Connection& c);

// Changes when a service is added, removed or changed: "count/latest update".
Result<std::string> change_stamp(db::Connection& c);
// The index text of every active service (the spelling vocabulary).
Result<void> each_active_search_text(db::Connection& c, const std::function<void(std::string)>& on_text);

}  // namespace filet::directory::service_repository
