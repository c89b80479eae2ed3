#include <stdlib.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>

#include "common/spreadsheet_cell.hpp"
#include "export/writers.hpp"

namespace filet::exports {
namespace {

constexpr size_t kChunk = 64 * 1024;
constexpr size_t kMaxText = 32767;  // the most characters a cell of Excel holds

Error xlsx_error(std::string_view what, lxw_error error) {
  return Error::of(ErrorCode::internal, "xlsx export: " + std::string(what) + ": " + lxw_strerror(error));
}

// Longer texts are cut at a character boundary: Excel refuses the whole file otherwise.
std::string_view within_limit(std::string_view text) {
  if (text.size() <= kMaxText) return text;
  size_t end = kMaxText;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// The workbook is written in libxlsxwriter's constant-memory mode into a private temporary
// folder (its row files and the finished .xlsx), removed when the writer goes.
class XlsxWriter final : public TableWriter {
 public:
  ~XlsxWriter() override {
    if (workbook_) workbook_close(workbook_);  // an export given up half-way
    std::error_code ec;
    if (!folder_.empty()) std::filesystem::remove_all(folder_, ec);
  }

  Result<void> start(const std::vector<Column>& columns, std::string_view sheet) {
    std::string pattern = (std::filesystem::temp_directory_path() / "filet-export-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) return fail(ErrorCode::unavailable, "xlsx export: no temporary folder");
    folder_ = pattern;
    std::string tmpdir = folder_.string();
    lxw_workbook_options options{.constant_memory = LXW_TRUE, .tmpdir = tmpdir.data(), .use_zip64 = LXW_FALSE};
    workbook_ = workbook_new_opt((folder_ / "export.xlsx").c_str(), &options);
    if (!workbook_) return fail(ErrorCode::unavailable, "xlsx export: cannot create the workbook");
    std::string name(sheet.substr(0, 31));
    sheet_ = workbook_add_worksheet(workbook_, name.empty() ? nullptr : name.c_str());
    if (!sheet_) return fail(ErrorCode::internal, "xlsx export: bad sheet name " + name);
    columns_ = columns.size();
    lxw_format* bold = workbook_add_format(workbook_);
    format_set_bold(bold);
    for (size_t c = 0; c < columns.size(); ++c) {
      worksheet_set_column(sheet_, c, c, columns[c].width, nullptr);
      std::string title(within_limit(spreadsheet_cell::defuse(columns[c].title)));
      worksheet_write_string(sheet_, 0, c, title.c_str(), bold);
    }
    worksheet_freeze_panes(sheet_, 1, 0);
    return {};
  }

  Result<void> row(const std::vector<Cell>& cells) override {
    if (!workbook_) return fail(ErrorCode::internal, "xlsx export: row after finish");
    if (cells.size() > columns_) return fail(ErrorCode::internal, "xlsx export: more cells than columns");
    if (next_row_ >= LXW_ROW_MAX) return fail(ErrorCode::internal, "xlsx export: more rows than a sheet holds");
    for (size_t c = 0; c < cells.size(); ++c) {
      lxw_error error = LXW_NO_ERROR;
      if (auto* text = std::get_if<std::string>(&cells[c])) {
        std::string safe(within_limit(spreadsheet_cell::defuse(*text)));
        if (!safe.empty()) error = worksheet_write_string(sheet_, next_row_, c, safe.c_str(), nullptr);
      } else if (auto* date = std::get_if<Date>(&cells[c])) {
        error = worksheet_write_string(sheet_, next_row_, c, date->iso.c_str(), nullptr);
      } else if (auto* whole = std::get_if<int64_t>(&cells[c])) {
        error = worksheet_write_number(sheet_, next_row_, c, static_cast<double>(*whole), nullptr);
      } else if (auto* decimal = std::get_if<double>(&cells[c])) {
        error = worksheet_write_number(sheet_, next_row_, c, *decimal, nullptr);
      }
      if (error != LXW_NO_ERROR) return fail(xlsx_error("cell", error));
    }
    ++next_row_;
    return {};
  }

  Result<void> finish() override {
    if (!workbook_) return {};
    lxw_error error = workbook_close(workbook_);
    workbook_ = nullptr;
    if (error != LXW_NO_ERROR) return fail(xlsx_error("close", error));
    file_.open(folder_ / "export.xlsx", std::ios::binary);
    if (!file_) return fail(ErrorCode::unavailable, "xlsx export: cannot read the finished file");
    return {};
  }

  bool take(std::string& out) override {
    if (workbook_ || !file_.is_open()) return workbook_ != nullptr;  // nothing is ready before the end
    size_t at = out.size();
    out.resize(at + kChunk);
    file_.read(out.data() + at, kChunk);
    out.resize(at + static_cast<size_t>(file_.gcount()));
    return !file_.eof();
  }

  std::string_view content_type() const override {
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }
  std::string_view extension() const override { return "xlsx"; }

 private:
  std::filesystem::path folder_;
  lxw_workbook* workbook_ = nullptr;
  lxw_worksheet* sheet_ = nullptr;
  size_t columns_ = 0;
  lxw_row_t next_row_ = 1;
  std::ifstream file_;
};

}  // namespace

Result<std::unique_ptr<TableWriter>> xlsx_writer(const std::vector<Column>& columns, std::string_view sheet) {
  auto writer = std::make_unique<XlsxWriter>();
  TRY_VOID(writer->start(columns, sheet));
  return std::unique_ptr<TableWriter>(std::move(writer));
}

Result<std::unique_ptr<TableWriter>> open_writer(Format format, Language language, const std::vector<Column>& columns,
                                                 std::string_view sheet) {
  if (format == Format::csv) return csv_writer(language, columns);
  return xlsx_writer(columns, sheet);
}

}  // namespace filet::exports
