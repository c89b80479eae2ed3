// XLSForm in: the sheets (xlsx_sheets) into a Form, every malformed row reported by sheet and row.
#include <algorithm>
#include <map>
#include <regex>

#include "common/text.hpp"
#include "questionnaires/questionnaire_rules.hpp"
#include "questionnaires/xlsform.hpp"
#include "questionnaires/xlsx_sheets.hpp"

namespace filet::questionnaires::xlsform {
namespace {

constexpr std::string_view kTypes = "select_one, select_multiple, integer, decimal, date, text, begin_group, end_group";

std::string trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// "label::Français (fr)" → "label:fr", "label::English (en)" → "label:en", "label" → "label".
std::string column_key(const std::string& header) {
  const std::string h = lower(trimmed(header));
  auto sep = h.find("::");
  if (sep == std::string::npos) return h;
  std::string language = trimmed(h.substr(sep + 2));
  auto open = language.rfind('('), close = language.rfind(')');
  if (open != std::string::npos && close != std::string::npos && close > open)
    language = language.substr(open + 1, close - open - 1);
  if (language == "français" || language == "french" || language == "francais") language = "fr";
  if (language == "english" || language == "anglais") language = "en";
  return h.substr(0, sep) + ":" + language;
}

// One sheet's rows read through its header row (the first row).
struct Table {
  std::string sheet;
  std::map<std::string, size_t, std::less<>> columns;
  std::vector<xlsx::Row> rows;  // the data rows, blank ones left out

  std::string get(const xlsx::Row& row, std::string_view key) const {
    auto c = columns.find(key);
    return c == columns.end() || c->second >= row.cells.size() ? "" : trimmed(row.cells[c->second]);
  }
  Text text(const xlsx::Row& row, std::string_view base) const {
    const std::string any = get(row, base);
    std::string fr = get(row, std::string(base) + ":fr"), en = get(row, std::string(base) + ":en");
    return {fr.empty() ? any : fr, en.empty() ? any : en};
  }
  std::string at(const xlsx::Row& row, std::string_view column) const {
    return sheet + "[" + std::to_string(row.number) + "]." + std::string(column);
  }
};

const xlsx::Sheet* find_sheet(const std::vector<xlsx::Sheet>& sheets, std::string_view name) {
  for (const auto& s : sheets)
    if (lower(s.name) == name) return &s;
  return nullptr;
}

Table table_of(const xlsx::Sheet& sheet) {
  Table t{lower(sheet.name), {}, {}};
  if (sheet.rows.empty()) return t;
  for (size_t i = 0; i < sheet.rows.front().cells.size(); ++i)
    if (!trimmed(sheet.rows.front().cells[i]).empty()) t.columns.emplace(column_key(sheet.rows.front().cells[i]), i);
  for (size_t r = 1; r < sheet.rows.size(); ++r)
    if (std::ranges::any_of(sheet.rows[r].cells, [](const std::string& c) { return !trimmed(c).empty(); }))
      t.rows.push_back(sheet.rows[r]);
  return t;
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::string word;
  for (char c : s + " ") {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  return out;
}

// `${q} = 'v'` or `selected(${q}, 'v')`, joined by `or`, all on one item.
std::optional<Condition> condition_of(const std::string& relevant) {
  static const std::regex equals(R"(^\s*\$\{([A-Za-z_][A-Za-z0-9_.-]*)\}\s*=\s*'([^']*)'\s*$)");
  static const std::regex selected(R"(^\s*selected\(\s*\$\{([A-Za-z_][A-Za-z0-9_.-]*)\}\s*,\s*'([^']*)'\s*\)\s*$)");
  Condition out;
  size_t start = 0;
  while (start <= relevant.size()) {
    size_t end = relevant.find(" or ", start);
    const std::string term = relevant.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::smatch m;
    if (!std::regex_match(term, m, equals) && !std::regex_match(term, m, selected)) return std::nullopt;
    if (!out.item.empty() && out.item != m[1].str()) return std::nullopt;
    out.item = m[1].str();
    out.values.push_back(m[2].str());
    if (end == std::string::npos) break;
    start = end + 4;
  }
  return out;
}

struct Choice {
  int64_t row = 0;
  Option option;
};

struct Reader {
  std::vector<FieldError> errors;
  std::map<std::string, std::vector<Choice>, std::less<>> lists;
  bool scores_given = false;  // a `score` column: it alone decides which options are on a scale
  std::vector<int64_t> item_rows, section_rows;
  std::vector<std::vector<int64_t>> option_rows;

  void choices(const Table& t) {
    scores_given = t.columns.contains("score");
    for (const auto& row : t.rows) {
      const std::string list = t.get(row, "list_name"), name = t.get(row, "name"), score = t.get(row, "score");
      if (list.empty()) errors.push_back({t.at(row, "list_name"), FieldCode::required, {}});
      if (name.empty()) errors.push_back({t.at(row, "name"), FieldCode::required, {}});
      Option o{name, t.text(row, "label"), std::nullopt};
      if (!score.empty()) {
        try {
          size_t used = 0;
          o.score = std::stoll(score, &used);
          if (used != score.size()) throw std::invalid_argument(score);
        } catch (const std::exception&) {
          errors.push_back({t.at(row, "score"), FieldCode::wrong_type, "integer"});
        }
      }
      lists[list].push_back({row.number, std::move(o)});
    }
  }

  // The options of `list` for an item; a Likert scale without a score column: whole-number names.
  std::vector<Option> options_of(const std::string& list, bool likert) {
    std::vector<Option> out;
    option_rows.back().clear();
    for (const Choice& c : lists[list]) {
      Option o = c.option;
      if (!likert) o.score.reset();
      if (likert && !scores_given) {
        try {
          size_t used = 0;
          int64_t n = std::stoll(o.code, &used);
          if (used == o.code.size()) o.score = n;
        } catch (const std::exception&) {
        }
      }
      out.push_back(std::move(o));
      option_rows.back().push_back(c.row);
    }
    return out;
  }

  void survey(const Table& t, Version& v) {
    std::string group;
    int64_t group_row = 0;
    for (const auto& row : t.rows) {
      auto type = words(lower(t.get(row, "type")));
      if (type.empty()) {
        errors.push_back({t.at(row, "type"), FieldCode::required, {}});
        continue;
      }
      const std::string name = t.get(row, "name"), appearance = lower(t.get(row, "appearance"));
      if (type[0] == "begin" && type.size() > 1 && type[1] == "group") type = {"begin_group"};
      if (type[0] == "end" && type.size() > 1 && type[1] == "group") type = {"end_group"};
      if (type[0] == "end_group") {
        if (group.empty()) errors.push_back({t.at(row, "type"), FieldCode::invalid_value, "group_nesting"});
        group.clear();
        continue;
      }
      if (name.empty()) errors.push_back({t.at(row, "name"), FieldCode::required, {}});
      if (type[0] == "begin_group") {
        if (!group.empty()) errors.push_back({t.at(row, "type"), FieldCode::invalid_value, "group_nesting"});
        group = name;
        group_row = row.number;
        v.sections.push_back({name, t.text(row, "label")});
        section_rows.push_back(row.number);
        continue;
      }
      Item item;
      item.code = name;
      item.section = group;
      item.label = t.text(row, "label");
      item.grid = t.get(row, "grid");
      const std::string required = lower(t.get(row, "required"));
      if (required == "yes" || required == "true" || required == "true()")
        item.required = true;
      else if (!required.empty() && required != "no" && required != "false" && required != "false()")
        errors.push_back({t.at(row, "required"), FieldCode::invalid_value, "yes, no"});
      if (const std::string relevant = t.get(row, "relevant"); !relevant.empty()) {
        item.relevant = condition_of(relevant);
        if (!item.relevant) errors.push_back({t.at(row, "relevant"), FieldCode::invalid_format, "${q1} = 'oui'"});
      }
      option_rows.emplace_back();
      const bool select = type[0] == "select_one" || type[0] == "select_multiple";
      if (select) {
        const bool likert = type[0] == "select_one" && appearance == "likert";
        item.kind = likert                    ? ItemKind::likert
                    : type[0] == "select_one" ? ItemKind::single_choice
                                              : ItemKind::multiple_choice;
        if (type.size() < 2 || !lists.contains(type[1]))
          errors.push_back({t.at(row, "type"), FieldCode::not_found, {}});
        else
          item.options = options_of(type[1], likert);
        item.other_specify = type.size() == 3 && type[2] == "or_other";
        if (type.size() > 3 || (type.size() == 3 && !item.other_specify))
          errors.push_back({t.at(row, "type"), FieldCode::invalid_value, std::string(kTypes)});
      } else if (type.size() == 1 &&
                 (type[0] == "integer" || type[0] == "decimal" || type[0] == "date" || type[0] == "text")) {
        item.kind = type[0] == "integer"        ? ItemKind::integer
                    : type[0] == "decimal"      ? ItemKind::decimal
                    : type[0] == "date"         ? ItemKind::date
                    : appearance == "multiline" ? ItemKind::long_text
                                                : ItemKind::short_text;
      } else {
        errors.push_back({t.at(row, "type"), FieldCode::invalid_value, std::string(kTypes)});
      }
      v.items.push_back(std::move(item));
      item_rows.push_back(row.number);
    }
    if (!group.empty())
      errors.push_back({"survey[" + std::to_string(group_row) + "].type", FieldCode::invalid_value, "group_nesting"});
  }

  // check_version names "items[3].options[1].code": the spreadsheet's sheet and row instead.
  std::string place(const std::string& field) const {
    std::smatch m;
    static const std::regex option(R"(^items\[(\d+)\]\.options\[(\d+)\](.*)$)");
    static const std::regex item(R"(^items\[(\d+)\](.*)$)");
    static const std::regex section(R"(^sections\[(\d+)\](.*)$)");
    if (std::regex_match(field, m, option)) {
      size_t i = std::stoul(m[1]), j = std::stoul(m[2]);
      if (i < option_rows.size() && j < option_rows[i].size())
        return "choices[" + std::to_string(option_rows[i][j]) + "]" + m[3].str();
    }
    if (std::regex_match(field, m, item) && std::stoul(m[1]) < item_rows.size())
      return "survey[" + std::to_string(item_rows[std::stoul(m[1])]) + "]" + m[2].str();
    if (std::regex_match(field, m, section) && std::stoul(m[1]) < section_rows.size())
      return "survey[" + std::to_string(section_rows[std::stoul(m[1])]) + "]" + m[2].str();
    return field == "items" ? "survey" : field;
  }
};

}  // namespace

Result<Form> read(std::string_view xlsx_bytes) {
  const auto sheets = TRY(xlsx::read_sheets(xlsx_bytes));
  Reader reader;
  Form form;
  const xlsx::Sheet* survey = find_sheet(sheets, "survey");
  const xlsx::Sheet* choices = find_sheet(sheets, "choices");
  const xlsx::Sheet* settings = find_sheet(sheets, "settings");
  if (!survey) reader.errors.push_back({"survey", FieldCode::required, {}});
  if (!settings) reader.errors.push_back({"settings", FieldCode::required, {}});
  if (choices) reader.choices(table_of(*choices));
  if (survey) reader.survey(table_of(*survey), form.version);
  if (settings) {
    const Table t = table_of(*settings);
    const xlsx::Row first = t.rows.empty() ? xlsx::Row{2, {}} : t.rows.front();
    form.form_id = t.get(first, "form_id");
    form.title = t.text(first, "form_title");
    if (form.form_id.empty()) reader.errors.push_back({t.at(first, "form_id"), FieldCode::required, {}});
    if (form.title.fr.empty()) reader.errors.push_back({t.at(first, "form_title_fr"), FieldCode::required, {}});
    if (form.title.en.empty()) reader.errors.push_back({t.at(first, "form_title_en"), FieldCode::required, {}});
  }
  if (reader.errors.empty())
    for (FieldError e : check_version(form.version)) {
      e.field = reader.place(e.field);
      reader.errors.push_back(std::move(e));
    }
  if (!reader.errors.empty()) return fail(Error{ErrorCode::validation_failed, std::move(reader.errors), "xlsform", {}});
  return form;
}

}  // namespace filet::questionnaires::xlsform
