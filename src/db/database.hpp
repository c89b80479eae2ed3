#pragma once
// The data-access layer: one small interface over SQLite and PostgreSQL. SQL is written once with
// `?` placeholders; the PostgreSQL connection numbers them. Errors are values.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/error.hpp"

namespace filet::db {

enum class Engine { sqlite, postgresql };

using Value = std::variant<std::monostate, int64_t, double, std::string>;
using Params = std::vector<Value>;
inline Value null_if_empty(const std::string& s) {
  return s.empty() ? Value{} : Value{s};
}

// One result row; columns are read by position as text or integer.
class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> columns) : columns_(std::move(columns)) {}
  bool is_null(size_t i) const { return !columns_.at(i).has_value(); }
  const std::string& text(size_t i) const;  // "" for NULL
  std::optional<std::string> optional_text(size_t i) const { return columns_.at(i); }
  int64_t integer(size_t i) const;  // 0 for NULL
  std::optional<double> real(size_t i) const;
  std::optional<int64_t> optional_integer(size_t i) const {
    return is_null(i) ? std::nullopt : std::optional<int64_t>(integer(i));
  }
  bool boolean(size_t i) const { return integer(i) != 0; }
  size_t size() const { return columns_.size(); }
  // For the engines: the row's columns, `count` of them, to refill in place for the next result
  // row, so each column's text reuses the buffer of the row before (one allocation per column
  // per query, not per row). A row moved out by its reader is made anew.
  std::vector<std::optional<std::string>>& refill(size_t count) {
    if (columns_.size() != count) {
      columns_.clear();
      columns_.resize(count);
    }
    return columns_;
  }

 private:
  std::vector<std::optional<std::string>> columns_;
};

using Rows = std::vector<Row>;

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Engine engine() const = 0;
  // All rows at once (small results); built on `each`.
  Result<Rows> query(std::string_view sql, const Params& params = {});
  // Runs a statement and returns the number of rows changed.
  virtual Result<int64_t> execute(std::string_view sql, const Params& params = {}) = 0;
  // Streams rows to `on_row` without holding them all in memory; stops early if it returns false.
  virtual Result<void> each(std::string_view sql, const Params& params, const std::function<bool(Row&)>& on_row) = 0;
  // Runs several statements (migrations); no parameters.
  virtual Result<void> execute_script(std::string_view sql) = 0;
  // True when the connection is usable (the pool drops and replaces broken ones).
  virtual bool healthy() = 0;

 private:
  friend class Transaction;
  int transaction_depth_ = 0;  // Transactions open on it: beyond the first, savepoints
};

Result<std::unique_ptr<Connection>> connect(std::string_view url);

// Reads "sqlite:PATH" or "postgresql://..." / "postgres://...".
struct Url {
  Engine engine;
  std::string target;  // file path or libpq connection string
};
Result<Url> parse_url(std::string_view url);

// Convenience: the first row's first column, or not_found.
Result<Row> query_one(Connection& c, std::string_view sql, const Params& params = {});

}  // namespace filet::db
