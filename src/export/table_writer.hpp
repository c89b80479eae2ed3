#pragma once
// The one export writer: every CSV or XLSX file Filet gives out is written through it, so every
// export has the same encoding, separators, defused formulas and streaming.
//   - CSV: UTF-8 with a byte order mark (so spreadsheets read accents right), CRLF line ends,
//     RFC 4180 quoting. French: ";" between cells and a decimal comma (what a French-Canadian
//     spreadsheet expects); English: "," and a decimal point.
//   - XLSX (libxlsxwriter): header row bold and frozen, column widths, numbers as numbers.
//   - Both: text cells through spreadsheet_cell::defuse (no formula runs when the file is opened),
//     dates as ISO 8601 text (2026-12-06, 2026-12-06T14:03:00Z) whatever the language.
//   - Streamed: rows go out (CSV) or to a temporary file (XLSX, libxlsxwriter's constant-memory
//     mode) as they come, so memory stays flat however many rows there are.
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "common/error.hpp"

namespace filet::exports {

enum class Format { csv, xlsx };
enum class Language { fr, en };

struct Column {
  std::string title;
  double width = 16;  // in characters (XLSX only)
};

struct Date {
  std::string iso;  // an ISO 8601 date or date-time, written as it is
};

// One cell: empty, text, a whole number, a decimal number, or a date.
using Cell = std::variant<std::monostate, std::string, int64_t, double, Date>;

class TableWriter {
 public:
  virtual ~TableWriter() = default;
  // One row, as many cells as columns (fewer: the rest empty).
  virtual Result<void> row(const std::vector<Cell>& cells) = 0;
  // No more rows: completes the file.
  virtual Result<void> finish() = 0;
  // Appends the next bytes ready to be sent (up to about 64 KiB) to `out`; false once every byte
  // of a finished file has been handed out.
  virtual bool take(std::string& out) = 0;
  // The file's MIME type and extension (without the dot).
  virtual std::string_view content_type() const = 0;
  virtual std::string_view extension() const = 0;
};

// A writer whose header row is `columns`' titles. `sheet` names the XLSX sheet (31 characters
// at most; ignored for CSV).
Result<std::unique_ptr<TableWriter>> open_writer(Format format, Language language, const std::vector<Column>& columns,
                                                 std::string_view sheet);

// A decimal number as the language writes it: "3,25" in French, "3.25" in English (shortest
// form that reads back to the same double; no thousands separator).
std::string decimal_text(double value, Language language);

}  // namespace filet::exports
