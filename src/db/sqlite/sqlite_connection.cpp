#include "db/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

#include <mutex>
#include <unordered_map>

namespace filet::db::sqlite {
namespace {

Error sqlite_error(sqlite3* db, int rc, std::string_view sql) {
  std::string detail = std::string(sqlite3_errmsg(db)) + " in: " + std::string(sql.substr(0, 200));
  int extended = sqlite3_extended_errcode(db);
  if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY)
    return Error::of(ErrorCode::conflict, detail);
  if (extended == SQLITE_CONSTRAINT_FOREIGNKEY) return Error::of(ErrorCode::conflict, detail);
  if ((rc & 0xFF) == SQLITE_BUSY || (rc & 0xFF) == SQLITE_LOCKED) return Error::of(ErrorCode::unavailable, detail);
  return Error::of(ErrorCode::internal, detail);
}

// The statement's current row, read in place: a column's text is SQLite's own buffer, valid
// until the next step; an integer column is read as an integer (no text made and parsed again).
class Cursor final : public RowCursor {
 public:
  Cursor(sqlite3_stmt* stmt, size_t columns) : stmt_(stmt), columns_(columns) {}
  size_t size() const override { return columns_; }
  // One call into the statement per column: its value, whose type, text and size are then read
  // on the value itself. sqlite3_column_value's value is "unprotected" (read without the
  // connection's mutex): safe here, where a connection serves one thread at a time (the pool).
  std::optional<std::string_view> text(size_t i) const override {
    sqlite3_value* value = sqlite3_column_value(stmt_, static_cast<int>(i));
    if (sqlite3_value_type(value) == SQLITE_NULL) return std::nullopt;
    auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    if (!text) {  // an empty blob; anything else found no memory to make its text
      if (sqlite3_value_type(value) != SQLITE_BLOB || sqlite3_value_bytes(value) != 0) out_of_memory = true;
      return std::string_view{};
    }
    return std::string_view(text, static_cast<size_t>(sqlite3_value_bytes(value)));
  }
  std::optional<int64_t> stored_integer(size_t i) const override {
    sqlite3_value* value = sqlite3_column_value(stmt_, static_cast<int>(i));
    if (sqlite3_value_type(value) != SQLITE_INTEGER) return std::nullopt;
    return sqlite3_value_int64(value);
  }

  mutable bool out_of_memory = false;  // seen while reading a column: `each` fails after the reader

 private:
  sqlite3_stmt* stmt_;
  size_t columns_;
};

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  Engine engine() const override { return Engine::sqlite; }

  Result<int64_t> execute(std::string_view sql, const Params& params) override {
    TRY_VOID(each(sql, params, [](const Row&) { return true; }));
    return sqlite3_changes64(db_);
  }

  Result<void> each(std::string_view sql, const Params& params, const std::function<bool(Row&)>& on_row) override {
    sqlite3_stmt* stmt = TRY(prepare(sql));
    // Reset on every exit so the cached statement releases its read snapshot.
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } reset{stmt};
    for (size_t i = 0; i < params.size(); ++i) {
      int index = static_cast<int>(i + 1);
      int rc = std::visit(
          [&](const auto& v) -> int {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
              return sqlite3_bind_null(stmt, index);
            else if constexpr (std::is_same_v<T, int64_t>)
              return sqlite3_bind_int64(stmt, index, v);
            else if constexpr (std::is_same_v<T, double>)
              return sqlite3_bind_double(stmt, index, v);
            else  // not copied: `params` outlives the run, and Reset unbinds it before returning
              return sqlite3_bind_text(stmt, index, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
          },
          params[i]);
      if (rc != SQLITE_OK) return std::unexpected(sqlite_error(db_, rc, sql));
    }
    Cursor cursor(stmt, static_cast<size_t>(sqlite3_column_count(stmt)));
    Row row(cursor);
    while (true) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) return {};
      if (rc != SQLITE_ROW) return std::unexpected(sqlite_error(db_, rc, sql));
      const bool more = on_row(row);
      if (cursor.out_of_memory) return std::unexpected(sqlite_error(db_, SQLITE_NOMEM, sql));
      if (!more) return {};
    }
  }

  Result<void> execute_script(std::string_view sql) override {
    char* message = nullptr;
    int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
      std::string detail = message ? message : "unknown error";
      sqlite3_free(message);
      return fail(ErrorCode::internal, detail);
    }
    return {};
  }

  bool healthy() override { return true; }

 private:
  Result<sqlite3_stmt*> prepare(std::string_view sql) {
    auto it = statements_.find(sql);
    if (it != statements_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    int rc =
        sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) return std::unexpected(sqlite_error(db_, rc, sql));
    statements_.emplace(std::string(sql), stmt);
    return stmt;
  }

  // Looked up by the string_view itself: finding a cached statement allocates nothing.
  struct SqlHash {
    using is_transparent = void;
    size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
  };
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*, SqlHash, std::equal_to<>> statements_;
};

Result<void> pragma_equals(Connection& c, std::string_view pragma, std::string_view expected) {
  Rows rows = TRY(c.query("PRAGMA " + std::string(pragma)));
  std::string actual = rows.empty() ? "" : rows.front().text(0);
  if (actual != expected)
    return fail(ErrorCode::unavailable,
                "SQLite setting " + std::string(pragma) + " is " + actual + ", expected " + std::string(expected));
  return {};
}

}  // namespace

Result<std::unique_ptr<Connection>> open(const std::string& path) {
  // Nothing reads SQLite's memory statistics; keeping them takes a global mutex on every
  // allocation SQLite makes. Only possible before SQLite starts (else refused, and harmless).
  static std::once_flag no_memory_statistics;
  std::call_once(no_memory_statistics, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  sqlite3* db = nullptr;
  int rc =
      sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string detail = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return fail(ErrorCode::unavailable, "cannot open SQLite database " + path + ": " + detail);
  }
  sqlite3_busy_timeout(db, 5000);
  sqlite3_extended_result_codes(db, 1);
  auto connection = std::make_unique<SqliteConnection>(db);
  TRY_VOID(connection->execute_script(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; "
      // Deleted content is overwritten with zeros, not left in free pages (Law 25's destruction).
      "PRAGMA secure_delete=ON; "
      // Reads through a memory map: no copy per page (search touches many index pages).
      "PRAGMA mmap_size=4294967296;"));
  TRY_VOID(pragma_equals(*connection, "journal_mode", "wal"));
  TRY_VOID(pragma_equals(*connection, "synchronous", "2"));
  TRY_VOID(pragma_equals(*connection, "foreign_keys", "1"));
  TRY_VOID(pragma_equals(*connection, "busy_timeout", "5000"));
  TRY_VOID(pragma_equals(*connection, "secure_delete", "1"));
  return std::unique_ptr<Connection>(std::move(connection));
}

Result<void> backup(const std::string& source, const std::string& destination) {
  sqlite3* from = nullptr;
  sqlite3* to = nullptr;
  auto close = [&] {
    sqlite3_close_v2(from);
    sqlite3_close_v2(to);
  };
  if (sqlite3_open_v2(source.c_str(), &from, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
      sqlite3_open_v2(destination.c_str(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    std::string detail = sqlite3_errmsg(from ? (to ? to : from) : from);
    close();
    return fail(ErrorCode::unavailable, detail);
  }
  sqlite3_busy_timeout(from, 5000);
  sqlite3_backup* job = sqlite3_backup_init(to, "main", from, "main");
  if (!job) {
    std::string detail = sqlite3_errmsg(to);
    close();
    return fail(ErrorCode::internal, detail);
  }
  int rc;
  while ((rc = sqlite3_backup_step(job, 256)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    sqlite3_sleep(5);
  sqlite3_backup_finish(job);
  if (rc != SQLITE_DONE) {
    std::string detail = sqlite3_errstr(rc);
    close();
    return fail(ErrorCode::internal, "backup failed: " + detail);
  }
  // The copy keeps the source's rollback journal mode; flush it to disk and check it.
  char* message = nullptr;
  std::string check;
  rc = sqlite3_exec(
      to, "PRAGMA integrity_check;",
      [](void* out, int, char** values, char**) {
        *static_cast<std::string*>(out) += values[0] ? values[0] : "";
        return 0;
      },
      &check, &message);
  sqlite3_free(message);
  sqlite3_db_cacheflush(to);
  close();
  if (rc != SQLITE_OK || check != "ok") return fail(ErrorCode::internal, "integrity_check of the copy: " + check);
  return {};
}

}  // namespace filet::db::sqlite
