#pragma once
// Numbered schema migrations (embedded at build time), applied in order by `filet migrate` and at
// start. One migration is one portable src/db/migrations/NNNN_name.sql, run on both engines, then
// its optional engine part (src/db/migrations/<engine>/NNNN_name.sql) where SQL truly differs:
// full text, triggers, identity columns. Applied migrations are recorded by version and name in
// schema_migrations, the same as when each engine had its own copy of every file.
#include <string_view>
#include <vector>

#include "db/database.hpp"

namespace filet::db {

struct Migration {
  int version;
  std::string_view name;        // "0001_core"
  std::string_view sql;         // both engines
  std::string_view sqlite_sql;  // SQLite only, after `sql` ("" when none)
  std::string_view pg_sql;      // PostgreSQL only, after `sql`

  std::string_view engine_sql(Engine e) const { return e == Engine::sqlite ? sqlite_sql : pg_sql; }
};

const std::vector<Migration>& embedded_migrations();

// Applies the migrations not yet recorded; returns how many were applied.
Result<int> migrate(Connection& c);
// The highest version applied, 0 for an empty database.
Result<int> schema_version(Connection& c);

}  // namespace filet::db
