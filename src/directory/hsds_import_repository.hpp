#pragma once
// The SQL of the HSDS import: organizations and locations as the import creates, finds and
// rewrites them, and who owns what, so the import can refuse to move another organization's data.
#include <boost/json.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "directory/need_taxonomy.hpp"
#include "directory/service.hpp"

namespace filet::directory::hsds_import_repository {

struct OrganizationRow {
  std::string id, name, email, website, phone;
  boost::json::object document;  // the HSDS organization as it came (phones, identifiers...)
};

// The organization's name, or nothing when there is no such organization.
Result<std::optional<std::string>> organization_name(db::Connection& c, const std::string& id);
Result<void> insert_organization(db::Connection& c, const OrganizationRow& o, const std::string& now);

struct ServiceOwner {
  std::string organization_id, created_at;
};
Result<std::optional<ServiceOwner>> service_owner(db::Connection& c, const std::string& service_id);

// The organization a location belongs to ("" for none), or nothing when there is no such location.
Result<std::optional<std::string>> location_owner(db::Connection& c, const std::string& location_id);
// Creates the location for `organization_id`, or rewrites its fields (keeping its organization).
Result<void> save_location(db::Connection& c, const LocationRef& l, const std::string& organization_id);
// The stored location, or nothing.
Result<std::optional<LocationRef>> find_location(db::Connection& c, const std::string& location_id);

// A taxonomy term another database named (and its taxonomy, called `taxonomy_name`), unless known.
Result<void> add_term(db::Connection& c, const NeedTerm& t, const std::string& taxonomy_name, bool parent_known);
// Territory ids by accent-folded name.
Result<std::map<std::string, std::string>> territories_by_folded_name(db::Connection& c);

// One record's writes, undone together when a later check rejects it (a savepoint).
Result<void> begin_record(db::Connection& c);
Result<void> undo_record(db::Connection& c);
Result<void> keep_record(db::Connection& c);

// Imports on SQLite: a large page cache while importing, and the savepoint journal of each record
// kept in memory (temp_store; on disk, each record wrote every page it touched to a temporary
// file first: a sixth of a 10,000-service import). Bulk imports: the services' secondary
// indexes dropped, then built again from their definitions as the schema holds them (so the
// migrations stay the one place they are written); except the two new services are appended to
// (services_search, by fts_rowid; services_updated, all at the import's time).
Result<void> use_large_cache(db::Connection& c, bool large);
struct IndexDefinition {
  std::string name, sql;
};
Result<std::vector<IndexDefinition>> drop_service_indexes(db::Connection& c);
Result<void> restore_indexes(db::Connection& c, const std::vector<IndexDefinition>& indexes);

}  // namespace filet::directory::hsds_import_repository
