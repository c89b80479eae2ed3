#pragma once
#include <memory>
#include <string>

#include "db/database.hpp"

namespace filet::db::sqlite {
// Opens a SQLite file in WAL mode with synchronous=FULL, foreign keys and a busy timeout, and
// refuses it if any of these cannot be set.
Result<std::unique_ptr<Connection>> open(const std::string& path);
// Online backup of the database at `source` into the file `destination`, then integrity_check.
Result<void> backup(const std::string& source, const std::string& destination);
}  // namespace filet::db::sqlite
