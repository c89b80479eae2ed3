#include "db/database.hpp"

#include <charconv>
#include <cstdlib>

#include "db/pg/pg_connection.hpp"
#include "db/sqlite/sqlite_connection.hpp"

namespace filet::db {

const std::string& Row::text(size_t i) const {
  static const std::string empty;
  const auto& c = columns_.at(i);
  return c ? *c : empty;
}

int64_t Row::integer(size_t i) const {
  const auto& c = columns_.at(i);
  if (!c || c->empty()) return 0;
  if (*c == "t") return 1;  // PostgreSQL booleans
  if (*c == "f") return 0;
  int64_t v = 0;
  std::from_chars(c->data(), c->data() + c->size(), v);
  return v;
}

std::optional<double> Row::real(size_t i) const {
  const auto& c = columns_.at(i);
  if (!c || c->empty()) return std::nullopt;
  return std::strtod(c->c_str(), nullptr);
}

Result<Rows> Connection::query(std::string_view sql, const Params& params) {
  Rows rows;
  TRY_VOID(each(sql, params, [&](Row& row) {
    rows.push_back(std::move(row));
    return true;
  }));
  return rows;
}

Result<Url> parse_url(std::string_view url) {
  if (url.starts_with("sqlite:")) {
    std::string path(url.substr(7));
    if (path.starts_with("//")) path = path.substr(2);
    if (path.empty()) return fail(ErrorCode::bad_request, "sqlite: URL without a file path");
    return Url{Engine::sqlite, path};
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return Url{Engine::postgresql, std::string(url)};
  }
  return fail(ErrorCode::bad_request,
              "unknown database URL (expected sqlite:PATH or postgresql://...): " + std::string(url));
}

Result<std::unique_ptr<Connection>> connect(std::string_view url) {
  Url parsed = TRY(parse_url(url));
  if (parsed.engine == Engine::sqlite) return sqlite::open(parsed.target);
  return pg::open(parsed.target);
}

Result<Row> query_one(Connection& c, std::string_view sql, const Params& params) {
  Rows rows = TRY(c.query(sql, params));
  if (rows.empty()) return fail(ErrorCode::not_found);
  return std::move(rows.front());
}

}  // namespace filet::db
