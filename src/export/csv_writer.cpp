#include <charconv>

#include "common/spreadsheet_cell.hpp"
#include "export/table_writer.hpp"
#include "export/writers.hpp"

namespace filet::exports {
namespace {

class CsvWriter final : public TableWriter {
 public:
  CsvWriter(Language language, const std::vector<Column>& columns)
      : language_(language), separator_(language == Language::fr ? ';' : ','), columns_(columns.size()) {
    pending_ = "\xEF\xBB\xBF";
    std::vector<Cell> titles;
    for (const auto& c : columns) titles.emplace_back(c.title);
    write_row(titles);
  }

  Result<void> row(const std::vector<Cell>& cells) override {
    if (finished_) return fail(ErrorCode::internal, "csv export: row after finish");
    if (cells.size() > columns_) return fail(ErrorCode::internal, "csv export: more cells than columns");
    write_row(cells);
    return {};
  }

  Result<void> finish() override {
    finished_ = true;
    return {};
  }

  bool take(std::string& out) override {
    out += pending_;
    pending_.clear();
    return !finished_;
  }

  std::string_view content_type() const override { return "text/csv; charset=utf-8"; }
  std::string_view extension() const override { return "csv"; }

 private:
  void write_row(const std::vector<Cell>& cells) {
    for (size_t i = 0; i < columns_; ++i) {
      if (i > 0) pending_ += separator_;
      if (i < cells.size()) write_cell(cells[i]);
    }
    pending_ += "\r\n";
  }

  void write_cell(const Cell& cell) {
    if (auto* text = std::get_if<std::string>(&cell)) return write_text(spreadsheet_cell::defuse(*text));
    if (auto* date = std::get_if<Date>(&cell)) return write_text(date->iso);
    if (auto* whole = std::get_if<int64_t>(&cell)) {
      pending_ += std::to_string(*whole);
    } else if (auto* decimal = std::get_if<double>(&cell)) {
      write_text(decimal_text(*decimal, language_));
    }
  }

  // RFC 4180: a cell holding the separator, a quote or a line break is quoted, its quotes doubled.
  void write_text(std::string_view text) {
    if (text.find_first_of(std::string{separator_, '"', '\n', '\r'}) == std::string_view::npos) {
      pending_ += text;
      return;
    }
    pending_ += '"';
    for (char c : text) {
      if (c == '"') pending_ += '"';
      pending_ += c;
    }
    pending_ += '"';
  }

  Language language_;
  char separator_;
  size_t columns_;
  std::string pending_;
  bool finished_ = false;
};

}  // namespace

std::unique_ptr<TableWriter> csv_writer(Language language, const std::vector<Column>& columns) {
  return std::make_unique<CsvWriter>(language, columns);
}

std::string decimal_text(double value, Language language) {
  char buffer[64];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;  // shortest that reads back the same
  std::string text(buffer, end);
  if (language == Language::fr) {
    for (char& c : text)
      if (c == '.') c = ',';
  }
  return text;
}

}  // namespace filet::exports
