#pragma once
// `filet hsds import PATH` and `filet hsds export DIR`: HSDS JSON files on disk.
#include <string>

#include "db/pool.hpp"
#include "directory/hsds_import.hpp"

namespace filet::directory {

// PATH is a JSON file (an array of services or one service) or a folder holding services.json
// and, optionally, organizations.json (services that only name their organization_id get it from
// there).
Result<ImportReport> import_path(db::Pool& pool, const std::string& path, const ImportOptions& options);

}  // namespace filet::directory
