#pragma once
#include <set>
#include <vector>

#include "db/database.hpp"
#include "reference/reference_list.hpp"

namespace filet::reference::reference_list_repository {
// Every list in order, with its counts of active and retired entries.
Result<std::vector<ReferenceList>> lists(db::Connection& c);
Result<ReferenceList> find_list(db::Connection& c, const std::string& key);
// Inserts the list or brings its names up to date (names of lists belong to Filet, not admins).
Result<void> save_list(db::Connection& c, const ReferenceList& list);
// Entries of a list in their order (position, then code).
Result<std::vector<ReferenceEntry>> entries(db::Connection& c, const std::string& key, bool include_retired);
Result<ReferenceEntry> find_entry(db::Connection& c, const std::string& key, const std::string& code);
Result<std::set<std::string>> codes(db::Connection& c, const std::string& key);
// One past the last position of the list (a new entry goes last).
Result<int64_t> next_position(db::Connection& c, const std::string& key);
Result<void> insert_entry(db::Connection& c, const ReferenceEntry& e);
Result<void> update_entry(db::Connection& c, const ReferenceEntry& e);
}  // namespace filet::reference::reference_list_repository
