#pragma once
// Numbered schema migrations per engine (src/db/migrations/<engine>/NNNN_name.sql, embedded at
// build time), applied in order by `filet migrate` and at start.
#include <string_view>
#include <vector>

#include "db/database.hpp"

namespace filet::db {

struct Migration {
  std::string_view engine;  // "sqlite" or "pg"
  int version;
  std::string_view name;
  std::string_view sql;
};

const std::vector<Migration>& embedded_migrations();

// Applies the migrations not yet recorded; returns how many were applied.
Result<int> migrate(Connection& c);
// The highest version applied, 0 for an empty database.
Result<int> schema_version(Connection& c);

}  // namespace filet::db
