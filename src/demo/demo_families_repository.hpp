#pragma once
// What the demo's families are generated from, read from the database at generation time.
#include <string>
#include <vector>

#include "db/database.hpp"

namespace filet::demo::demo_families_repository {

// The active practitioners of an organization (the accompanying workers), by id.
Result<std::vector<std::string>> practitioners(db::Connection& c, const std::string& organization_id);
// The ids of the need taxonomy's terms that have a parent (the needs a contact addresses).
Result<std::vector<std::string>> need_ids(db::Connection& c);

}  // namespace filet::demo::demo_families_repository
