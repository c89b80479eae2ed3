// XLSForm out: a Form as the three sheets `read` takes back, written with libxlsxwriter. Cells are
// written as strings (never formulas), so no cell runs when the file is opened.
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "questionnaires/xlsform.hpp"

namespace filet::questionnaires::xlsform {
namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string relevant_of(const Version& v, const Condition& c) {
  const Item* source = find_item(v, c.item);
  const bool several = source && source->kind == ItemKind::multiple_choice;
  std::string out;
  for (const std::string& value : c.values) {
    if (!out.empty()) out += " or ";
    out += several ? "selected(${" + c.item + "}, '" + value + "')" : "${" + c.item + "} = '" + value + "'";
  }
  return out;
}

std::string type_of(const Item& item) {
  std::string or_other = item.other_specify ? " or_other" : "";
  switch (item.kind) {
    case ItemKind::likert:
    case ItemKind::single_choice:
      return "select_one " + item.code + or_other;
    case ItemKind::multiple_choice:
      return "select_multiple " + item.code + or_other;
    case ItemKind::integer:
      return "integer";
    case ItemKind::decimal:
      return "decimal";
    case ItemKind::date:
      return "date";
    default:
      return "text";
  }
}

std::string appearance_of(const Item& item) {
  return item.kind == ItemKind::likert ? "likert" : item.kind == ItemKind::long_text ? "multiline" : "";
}

const Section* section_of(const Version& v, const std::string& code) {
  for (const Section& s : v.sections)
    if (s.code == code) return &s;
  return nullptr;
}

Rows survey_rows(const Version& v) {
  Rows rows{
      {"type", "name", "label::Français (fr)", "label::English (en)", "required", "relevant", "appearance", "grid"}};
  std::string group;
  auto close = [&] {
    if (!group.empty()) rows.push_back({"end_group", "", "", "", "", "", "", ""});
    group.clear();
  };
  for (const Item& item : v.items) {
    if (item.section != group) {
      close();
      if (const Section* s = section_of(v, item.section)) {
        rows.push_back({"begin_group", s->code, s->label.fr, s->label.en, "", "", "", ""});
        group = s->code;
      }
    }
    rows.push_back({type_of(item), item.code, item.label.fr, item.label.en, item.required ? "yes" : "",
                    item.relevant ? relevant_of(v, *item.relevant) : "", appearance_of(item), item.grid});
  }
  close();
  return rows;
}

Rows choice_rows(const Version& v) {
  Rows rows{{"list_name", "name", "label::Français (fr)", "label::English (en)", "score"}};
  for (const Item& item : v.items)
    for (const Option& o : item.options)
      rows.push_back({item.code, o.code, o.label.fr, o.label.en, o.score ? std::to_string(*o.score) : ""});
  return rows;
}

Result<void> add_sheet(lxw_workbook* book, const char* name, const Rows& rows) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, name);
  if (!sheet) return fail(ErrorCode::internal, "xlsform: cannot add a sheet");
  for (size_t r = 0; r < rows.size(); ++r)
    for (size_t c = 0; c < rows[r].size(); ++c) {
      if (rows[r][c].empty()) continue;
      if (worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), rows[r][c].c_str(),
                                 nullptr) != LXW_NO_ERROR)
        return fail(ErrorCode::internal, "xlsform: cannot write a cell");
    }
  return {};
}

}  // namespace

Result<std::string> write(const Form& form) {
  std::string path = (std::filesystem::temp_directory_path() / "filet-xlsform-XXXXXX").string();
  int fd = mkstemp(path.data());
  if (fd < 0) return fail(ErrorCode::internal, "xlsform: no temporary file");
  close(fd);
  struct Remove {
    std::string path;
    ~Remove() { std::filesystem::remove(path); }
  } remove{path};
  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) return fail(ErrorCode::internal, "xlsform: cannot create the workbook");
  auto sheets = [&]() -> Result<void> {
    TRY_VOID(add_sheet(book, "survey", survey_rows(form.version)));
    TRY_VOID(add_sheet(book, "choices", choice_rows(form.version)));
    return add_sheet(book, "settings",
                     {{"form_id", "form_title::Français (fr)", "form_title::English (en)"},
                      {form.form_id, form.title.fr, form.title.en}});
  }();
  const lxw_error closed = workbook_close(book);  // frees the workbook, whatever happened before
  TRY_VOID(sheets);
  if (closed != LXW_NO_ERROR) return fail(ErrorCode::internal, "xlsform: cannot write the workbook");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace filet::questionnaires::xlsform
