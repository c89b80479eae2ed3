#include "db/migrations.hpp"

#include <algorithm>

#include "common/clock.hpp"
#include "db/pool.hpp"

namespace filet::db {
Result<int> schema_version(Connection& c) {
  TRY_VOID(
      c.execute_script("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "applied_at TEXT NOT NULL)"));
  Rows rows = TRY(c.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
  return static_cast<int>(rows.front().integer(0));
}

std::string for_engine(std::string_view sql, Engine engine) {
  const std::string_view mine = engine == Engine::sqlite ? "/*sqlite:" : "/*pg:";
  const std::string_view theirs = engine == Engine::sqlite ? "/*pg:" : "/*sqlite:";
  std::string out;
  out.reserve(sql.size());
  for (size_t at = 0;;) {
    size_t found = std::min(sql.find(mine, at), sql.find(theirs, at));
    size_t end = found == std::string_view::npos ? found : sql.find("*/", found);
    if (end == std::string_view::npos) return out.append(sql.substr(at));
    out.append(sql.substr(at, found - at));
    if (sql.substr(found).starts_with(mine)) {
      std::string_view text = sql.substr(found + mine.size(), end - found - mine.size());
      out.append(text.starts_with(' ') ? text.substr(1) : text);
    }
    at = end + 2;
  }
}

Result<int> migrate(Connection& c) {
  // Several servers may start at once on one PostgreSQL: only one migrates at a time.
  if (c.engine() == Engine::postgresql) TRY_VOID(c.execute_script("SELECT pg_advisory_lock(74657)"));
  auto unlock = [&] {
    if (c.engine() == Engine::postgresql) (void)c.execute_script("SELECT pg_advisory_unlock(74657)");
  };
  auto applied = [&]() -> Result<int> {
    int current = TRY(schema_version(c));
    int count = 0;
    for (const Migration& m : embedded_migrations()) {
      if (m.version <= current) continue;
      auto tx = TRY(Transaction::begin(c));
      auto ran = c.execute_script(for_engine(m.sql, c.engine()));
      if (ran && !m.engine_sql(c.engine()).empty()) ran = c.execute_script(m.engine_sql(c.engine()));
      if (!ran) return fail(ErrorCode::internal, "migration " + std::string(m.name) + ": " + ran.error().detail);
      TRY_VOID(c.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                         {int64_t{m.version}, std::string(m.name), clock::now_iso()}));
      TRY_VOID(tx.commit());
      ++count;
    }
    return count;
  }();
  unlock();
  return applied;
}

}  // namespace filet::db
