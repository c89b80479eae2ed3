#include "db/pg/pg_connection.hpp"

#include <libpq-fe.h>

#include <cctype>
#include <cstdio>
#include <unordered_map>

namespace filet::db::pg {
namespace {

Error pg_error(const PGresult* result, PGconn* conn, std::string_view sql) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string detail = std::string(PQerrorMessage(conn)) + " in: " + std::string(sql.substr(0, 200));
  std::string_view code = state ? state : "";
  if (code == "23505" || code == "23503") return Error::of(ErrorCode::conflict, detail);
  if (PQstatus(conn) != CONNECTION_OK || code.starts_with("08") || code == "57P01" || code == "40001" ||
      code == "40P01")
    return Error::of(ErrorCode::unavailable, detail);
  return Error::of(ErrorCode::internal, detail);
}

// A row of a result, read in place: PostgreSQL's texts stay in the result until it is cleared.
class ResultCursor final : public RowCursor {
 public:
  explicit ResultCursor(const PGresult* result) : result_(result), columns_(static_cast<size_t>(PQnfields(result))) {}
  size_t size() const override { return columns_; }
  std::optional<std::string_view> text(size_t i) const override {
    const int c = static_cast<int>(i);
    if (PQgetisnull(result_, row, c)) return std::nullopt;
    return std::string_view(PQgetvalue(result_, row, c), static_cast<size_t>(PQgetlength(result_, row, c)));
  }
  std::optional<int64_t> stored_integer(size_t) const override { return std::nullopt; }  // all text

  int row = 0;

 private:
  const PGresult* result_;
  size_t columns_;
};

class PgConnection final : public Connection {
 public:
  explicit PgConnection(PGconn* conn) : conn_(conn) {}
  ~PgConnection() override { PQfinish(conn_); }

  Engine engine() const override { return Engine::postgresql; }

  Result<int64_t> execute(std::string_view sql, const Params& params) override {
    int64_t changed = 0;
    TRY_VOID(run(
        sql, params, false, [](const Row&) { return true; }, &changed));
    return changed;
  }

  Result<void> each(std::string_view sql, const Params& params, const std::function<bool(Row&)>& on_row) override {
    return run(sql, params, true, on_row, nullptr);
  }

  Result<void> execute_script(std::string_view sql) override {
    bool idle = PQtransactionStatus(conn_) != PQTRANS_INTRANS && PQtransactionStatus(conn_) != PQTRANS_INERROR;
    if (PQstatus(conn_) != CONNECTION_OK && idle) reset();
    auto result = exec(sql);
    // Outside a transaction nothing is lost by re-opening a dropped link and trying once more.
    if (!result && idle && PQstatus(conn_) != CONNECTION_OK) {
      reset();
      if (PQstatus(conn_) == CONNECTION_OK) result = exec(sql);
    }
    return result;
  }

  bool healthy() override { return PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) == PQTRANS_IDLE; }

 private:
  Result<void> exec(std::string_view sql) {
    PGresult* result = PQexec(conn_, std::string(sql).c_str());
    bool ok = PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
    Error error = ok ? Error{} : pg_error(result, conn_, sql);
    PQclear(result);
    if (!ok) return std::unexpected(error);
    return {};
  }

  Result<void> run(std::string_view sql, const Params& params, bool stream, const std::function<bool(Row&)>& on_row,
                   int64_t* changed) {
    // A connection dropped while idle (server restart, network) is re-opened once; inside a
    // transaction the error goes up, since the transaction's earlier work is lost.
    if (PQstatus(conn_) != CONNECTION_OK && PQtransactionStatus(conn_) != PQTRANS_INTRANS) reset();
    auto result = send(sql, params, stream, on_row, changed);
    if (!result && result.error().code == ErrorCode::unavailable && PQstatus(conn_) != CONNECTION_OK &&
        !in_transaction_before_) {
      reset();
      if (PQstatus(conn_) == CONNECTION_OK) result = send(sql, params, stream, on_row, changed);
    }
    return result;
  }

  Result<void> send(std::string_view sql, const Params& params, bool stream, const std::function<bool(Row&)>& on_row,
                    int64_t* changed) {
    in_transaction_before_ = PQtransactionStatus(conn_) == PQTRANS_INTRANS;
    const std::string& numbered = numbered_sql(sql);
    std::vector<std::string> storage(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      if (auto* s = std::get_if<std::string>(&params[i])) {
        values[i] = s->c_str();
      } else if (auto* n = std::get_if<int64_t>(&params[i])) {
        storage[i] = std::to_string(*n);
        values[i] = storage[i].c_str();
      } else if (auto* d = std::get_if<double>(&params[i])) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.17g", *d);
        storage[i] = buffer;
        values[i] = storage[i].c_str();
      }
    }
    const std::string* name = TRY(prepared(sql, numbered, static_cast<int>(params.size())));
    const int sent = name ? PQsendQueryPrepared(conn_, name->c_str(), static_cast<int>(params.size()), values.data(),
                                                nullptr, nullptr, 0)
                          : PQsendQueryParams(conn_, numbered.c_str(), static_cast<int>(params.size()), nullptr,
                                              values.data(), nullptr, nullptr, 0);
    if (!sent) return std::unexpected(pg_error(nullptr, conn_, sql));
    if (stream) PQsetSingleRowMode(conn_);
    Result<void> outcome;
    bool wanted = true;
    while (PGresult* result = PQgetResult(conn_)) {
      ExecStatusType status = PQresultStatus(result);
      if (status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK) {
        ResultCursor cursor(result);
        Row record(cursor);
        for (int r = 0; r < PQntuples(result) && wanted && outcome; ++r) {
          cursor.row = r;
          wanted = on_row(record);
        }
      } else if (status == PGRES_COMMAND_OK) {
        if (changed) *changed = std::atoll(PQcmdTuples(result));
      } else if (outcome) {
        outcome = std::unexpected(pg_error(result, conn_, sql));
      }
      PQclear(result);  // keep draining so the connection is ready for the next query
    }
    if (outcome && PQstatus(conn_) != CONNECTION_OK) return std::unexpected(pg_error(nullptr, conn_, sql));
    return outcome;
  }

  const std::string& numbered_sql(std::string_view sql) {
    auto it = numbered_.find(std::string(sql));
    if (it == numbered_.end()) it = numbered_.emplace(std::string(sql), number_placeholders(sql)).first;
    return it->second;
  }

  // The name of this statement prepared on the connection, preparing it on first use: PostgreSQL
  // then parses and plans it once per connection instead of at every request (a families page
  // sends five statements). Null for what is not worth keeping: statements other than queries and
  // changes, and any beyond the first kMaxPrepared texts (lists of `?` of varying length make new
  // texts).
  Result<const std::string*> prepared(std::string_view sql, const std::string& numbered, int parameters) {
    if (auto it = prepared_.find(std::string(sql)); it != prepared_.end()) return &it->second;
    if (prepared_.size() >= kMaxPrepared || !worth_preparing(sql)) return nullptr;
    std::string name = "filet_" + std::to_string(prepared_.size() + 1);
    PGresult* result = PQprepare(conn_, name.c_str(), numbered.c_str(), parameters, nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    Error error = ok ? Error{} : pg_error(result, conn_, sql);
    PQclear(result);
    if (!ok) return std::unexpected(error);
    return &prepared_.emplace(std::string(sql), std::move(name)).first->second;
  }

  static bool worth_preparing(std::string_view sql) {
    size_t start = sql.find_first_not_of(" \t\n(");
    if (start == std::string_view::npos) return false;
    std::string verb;
    for (char c : sql.substr(start, 6)) verb += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return verb.starts_with("SELECT") || verb.starts_with("INSERT") || verb.starts_with("UPDATE") ||
           verb.starts_with("DELETE") || verb.starts_with("WITH");
  }

  // A re-opened connection has lost its prepared statements.
  void reset() {
    PQreset(conn_);
    prepared_.clear();
  }

  static constexpr size_t kMaxPrepared = 500;

  PGconn* conn_;
  bool in_transaction_before_ = false;
  std::unordered_map<std::string, std::string> numbered_;
  std::unordered_map<std::string, std::string> prepared_;  // SQL as written → statement name
};

}  // namespace

std::string number_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$' + std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

Result<std::unique_ptr<Connection>> open(const std::string& conninfo) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string detail = PQerrorMessage(conn);
    PQfinish(conn);
    return fail(ErrorCode::unavailable, "cannot connect to PostgreSQL: " + detail);
  }
  PQsetNoticeProcessor(
      conn, [](void*, const char*) {}, nullptr);
  auto connection = std::make_unique<PgConnection>(conn);
  TRY_VOID(connection->execute_script("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC';"));
  return std::unique_ptr<Connection>(std::move(connection));
}

}  // namespace filet::db::pg
