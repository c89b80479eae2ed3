#pragma once
// Numbered schema migrations (embedded at build time), applied in order by `filet migrate` and at
// start. One migration is one portable src/db/migrations/NNNN_name.sql, run on both engines, then
// its optional engine part (src/db/migrations/<engine>/NNNN_name.sql) where SQL truly differs:
// full text, triggers, identity columns. A few words that differ inside a portable statement are
// written there as a comment naming their engine, `/*sqlite: WITHOUT ROWID*/`, `/*pg: …*/`: run
// as SQL on that engine, left out on the other (`for_engine`). Applied migrations are recorded
// by version and name in schema_migrations, the same as when each engine had its own copy of
// every file.
#include <string>
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

// The portable SQL as `engine` runs it: each `/*<engine>: text*/` becomes `text`; the other
// engine's fragments are left out.
std::string for_engine(std::string_view sql, Engine engine);

// Applies the migrations not yet recorded; returns how many were applied.
Result<int> migrate(Connection& c);
// The highest version applied, 0 for an empty database.
Result<int> schema_version(Connection& c);

}  // namespace filet::db
