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

// An engine's current result row, read in place while `each` runs (a Row over it copies nothing
// until asked for a std::string).
class RowCursor {
 public:
  virtual size_t size() const = 0;
  // The column's text, valid until the next row; nullopt for NULL.
  virtual std::optional<std::string_view> text(size_t i) const = 0;
  // The column's value when the engine holds it as an integer; nullopt otherwise (then read as text).
  virtual std::optional<int64_t> stored_integer(size_t i) const = 0;

 protected:
  ~RowCursor() = default;
};

// One result row; columns are read by position as text or integer. A row given to `each`'s
// reader reads the engine's current row in place; copying or moving it out copies its columns.
class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> columns) : columns_(std::move(columns)) {}
  explicit Row(const RowCursor& cursor) : cursor_(&cursor) {}
  Row(const Row& other) : columns_(other.copied_columns()) {}
  Row(Row&& other) noexcept : columns_(other.cursor_ ? other.copied_columns() : std::move(other.columns_)) {}
  Row& operator=(const Row& other) {
    if (this != &other) columns_ = other.copied_columns(), cursor_ = nullptr;
    return *this;
  }
  Row& operator=(Row&& other) noexcept {
    columns_ = other.cursor_ ? other.copied_columns() : std::move(other.columns_);
    cursor_ = nullptr;
    return *this;
  }
  ~Row() = default;

  bool is_null(size_t i) const { return cursor_ ? !cursor_text(i) : !columns_.at(i).has_value(); }
  const std::string& text(size_t i) const;  // "" for NULL
  // The text without a copy, "" for NULL: valid while the row is (for a row given to `each`'s
  // reader, until the reader returns).
  std::string_view view(size_t i) const;
  std::optional<std::string> optional_text(size_t i) const;
  int64_t integer(size_t i) const;  // 0 for NULL
  std::optional<double> real(size_t i) const;
  std::optional<int64_t> optional_integer(size_t i) const {
    return is_null(i) ? std::nullopt : std::optional<int64_t>(integer(i));
  }
  bool boolean(size_t i) const { return integer(i) != 0; }
  size_t size() const { return cursor_ ? cursor_->size() : columns_.size(); }

 private:
  std::optional<std::string_view> cursor_text(size_t i) const;
  std::vector<std::optional<std::string>> copied_columns() const;

  // With a cursor, text() copies the column here (its buffer reused from row to row).
  mutable std::vector<std::optional<std::string>> columns_;
  const RowCursor* cursor_ = nullptr;
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
