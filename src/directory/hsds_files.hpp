#pragma once
// `filet hsds import PATH` and `filet hsds export DIR`: HSDS JSON files on disk.
#include <string>

#include "db/pool.hpp"
#include "directory/hsds_import.hpp"

namespace filet::directory {

// PATH is a JSON file (an array of services or one service); a folder holding services.json and,
// optionally, organizations.json (every organization is imported, with or without services;
// services that only name their organization_id get it from there); a folder with services.csv
// (the CSV package); or a folder of one-record *.json files, services and organizations told
// apart by their schema.
Result<ImportReport> import_path(db::Pool& pool, const std::string& path, const ImportOptions& options);

}  // namespace filet::directory
