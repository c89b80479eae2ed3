#include "db/database.hpp"

#include <charconv>
#include <cstdlib>
#include <stdexcept>

#include "db/pg/pg_connection.hpp"
#include "db/sqlite/sqlite_connection.hpp"

namespace filet::db {

namespace {

int64_t integer_of(std::string_view text) {
  if (text.empty()) return 0;
  if (text == "t") return 1;  // PostgreSQL booleans
  if (text == "f") return 0;
  int64_t v = 0;
  std::from_chars(text.data(), text.data() + text.size(), v);
  return v;
}

}  // namespace

std::optional<std::string_view> Row::cursor_text(size_t i) const {
  if (i >= cursor_->size()) throw std::out_of_range("Row: no column " + std::to_string(i));
  return cursor_->text(i);
}

std::vector<std::optional<std::string>> Row::copied_columns() const {
  if (!cursor_) return columns_;
  std::vector<std::optional<std::string>> copy(cursor_->size());
  for (size_t i = 0; i < copy.size(); ++i)
    if (auto text = cursor_->text(i)) copy[i].emplace(*text);
  return copy;
}

const std::string& Row::text(size_t i) const {
  static const std::string empty;
  if (cursor_) {
    auto text = cursor_text(i);
    if (!text) return empty;
    if (columns_.size() != cursor_->size()) columns_.resize(cursor_->size());
    auto& column = columns_[i];
    if (column)
      column->assign(*text);
    else
      column.emplace(*text);
    return *column;
  }
  const auto& c = columns_.at(i);
  return c ? *c : empty;
}

std::string_view Row::view(size_t i) const {
  if (cursor_) return cursor_text(i).value_or(std::string_view{});
  const auto& c = columns_.at(i);
  return c ? std::string_view(*c) : std::string_view{};
}

std::optional<std::string> Row::optional_text(size_t i) const {
  if (cursor_) {
    auto text = cursor_text(i);
    return text ? std::optional<std::string>(std::in_place, *text) : std::nullopt;
  }
  return columns_.at(i);
}

int64_t Row::integer(size_t i) const {
  if (cursor_) {
    if (i >= cursor_->size()) throw std::out_of_range("Row: no column " + std::to_string(i));
    if (auto stored = cursor_->stored_integer(i)) return *stored;
  }
  return integer_of(view(i));
}

std::optional<double> Row::real(size_t i) const {
  const std::string& t = text(i);
  if (t.empty()) return std::nullopt;
  return std::strtod(t.c_str(), nullptr);
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
