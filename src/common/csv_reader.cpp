// RFC 4180 through libcsv: strict parsing (a stray or unterminated quote is an error, not a guess),
// unquoted empty cells told apart from quoted empty ones, and line numbers for every row.
#include "common/csv_reader.hpp"

#include <csv.h>

#include <fstream>
#include <sstream>

#include "common/text.hpp"

namespace filet::csv {
namespace {

// The file and line in the field (what a person looks for), the precise cause in both languages.
Error malformed(const std::string& file, size_t line, const std::string& fr, const std::string& en) {
  Error e = Error::field(ErrorCode::validation_failed, file + ":" + std::to_string(line), FieldCode::invalid_format,
                         "CSV RFC 4180");
  e.detail = file + ", ligne " + std::to_string(line) + " : " + fr + " / " + file + ", line " + std::to_string(line) +
             ": " + en;
  return e;
}

struct Parse {
  File* file;
  std::vector<std::optional<std::string>> cells;
  size_t line = 0;         // the physical line being fed to the parser
  size_t record_line = 0;  // where the current row started
  bool between_rows = true;
  bool has_header = false;
  std::optional<Error> error;
};

void on_cell(void* data, size_t size, void* state) {
  auto* p = static_cast<Parse*>(state);
  if (data == nullptr)
    p->cells.emplace_back(std::nullopt);  // CSV_EMPTY_IS_NULL: `,,`
  else
    p->cells.emplace_back(std::string(static_cast<const char*>(data), size));
}

void on_row(int, void* state) {
  auto* p = static_cast<Parse*>(state);
  p->between_rows = true;
  auto cells = std::move(p->cells);
  p->cells.clear();
  if (p->error) return;
  if (!p->has_header) {
    p->has_header = true;
    for (auto& cell : cells) p->file->header.push_back(cell.value_or(""));
    // A UTF-8 byte order mark (spreadsheet exports) is not part of the first column's name.
    if (!p->file->header.empty() && p->file->header[0].starts_with("\xEF\xBB\xBF")) p->file->header[0].erase(0, 3);
    // Column names become JSON keys: text that is not UTF-8 is refused like a malformed file.
    for (const auto& name : p->file->header)
      if (!text::is_valid_utf8(name))
        p->error = malformed(p->file->name, p->record_line, "en-tête qui n'est pas en UTF-8 valide",
                             "header not in valid UTF-8");
    return;
  }
  if (cells.size() != p->file->header.size()) {
    auto n = std::to_string(cells.size()), expected = std::to_string(p->file->header.size());
    p->error = malformed(p->file->name, p->record_line, n + " colonnes au lieu de " + expected + " (en-tête)",
                         n + " columns instead of " + expected + " (header)");
    return;
  }
  p->file->records.push_back({p->record_line, std::move(cells)});
}

// Keeps every space: a quoted cell is taken as written and an unquoted one too.
int no_space(unsigned char) {
  return 0;
}

}  // namespace

Result<File> read_file(const std::filesystem::path& path, char delimiter) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::not_found, "cannot read " + path.string());
  std::stringstream buffer;
  buffer << in.rdbuf();
  return read_text(path.filename().string(), buffer.str(), delimiter);
}

Result<File> read_text(std::string name, std::string_view text, char delimiter) {
  File file;
  file.name = std::move(name);
  Parse state{&file};
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL) != 0)
    return fail(ErrorCode::internal, "csv_init failed");
  csv_set_space_func(&parser, no_space);
  csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
  struct Free {
    csv_parser& p;
    ~Free() { csv_free(&p); }
  } free_parser{parser};

  // Fed one line at a time so that each row and each error knows its line. A line ends with CRLF,
  // LF or a bare CR (old spreadsheet exports), as libcsv ends rows.
  for (size_t start = 0; start < text.size() && !state.error;) {
    size_t end = text.find_first_of("\r\n", start);
    if (end == std::string::npos)
      end = text.size();
    else
      end += text.compare(end, 2, "\r\n") == 0 ? 2 : 1;
    ++state.line;
    std::string_view line(text.data() + start, end - start);
    if (state.between_rows && line.find_first_not_of("\r\n") != std::string_view::npos) {
      state.record_line = state.line;
      state.between_rows = false;
    }
    if (csv_parse(&parser, line.data(), line.size(), on_cell, on_row, &state) != line.size()) {
      return fail(malformed(file.name, state.line,
                            "guillemet mal placé (" + std::string(csv_strerror(csv_error(&parser))) + ")",
                            "misplaced quote (" + std::string(csv_strerror(csv_error(&parser))) + ")"));
    }
    start = end;
  }
  if (state.error) return fail(*state.error);
  if (csv_fini(&parser, on_cell, on_row, &state) != 0)
    return fail(malformed(file.name, state.record_line, "guillemet non fermé", "unterminated quoted cell"));
  if (state.error) return fail(*state.error);
  return file;
}

}  // namespace filet::csv
