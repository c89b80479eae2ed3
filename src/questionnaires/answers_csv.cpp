#include "questionnaires/answers_csv.hpp"

#include <algorithm>
#include <sstream>

namespace filet::questionnaires {
namespace {

constexpr std::string_view kOtherSuffix = "/other";

// What a column holds: an item's values, an item's "other, specify" text, or nothing of ours.
struct ColumnRole {
  const Item* item = nullptr;
  bool other = false;
};

ColumnRole role_of(const Version& version, std::string_view name) {
  if (name.ends_with(kOtherSuffix)) {
    const Item* item = find_item(version, name.substr(0, name.size() - kOtherSuffix.size()));
    if (item && item->other_specify) return {item, true};
    return {};
  }
  return {find_item(version, name), false};
}

std::vector<std::string> split_spaces(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

Answers row_answers(const std::vector<ColumnRole>& roles, const csv::Record& record, char delimiter) {
  Answers out;
  for (size_t i = 0; i < roles.size(); ++i) {
    const ColumnRole& role = roles[i];
    if (!role.item || !record.cells[i] || record.cells[i]->empty()) continue;
    std::string value = *record.cells[i];
    Answer& answer = out[role.item->code];
    if (role.other) {
      answer.other = value;
    } else if (role.item->kind == ItemKind::multiple_choice) {
      answer.values = split_spaces(value);
    } else {
      if (role.item->kind == ItemKind::decimal && delimiter == ';') std::ranges::replace(value, ',', '.');
      answer.values = {value};
    }
  }
  return out;
}

}  // namespace

char csv_delimiter(std::string_view text) {
  const std::string_view header = text.substr(0, text.find_first_of("\r\n"));
  return std::ranges::count(header, ';') > std::ranges::count(header, ',') ? ';' : ',';
}

Result<AnswersFile> answers_from_csv(const Version& version, const csv::File& file, char delimiter) {
  AnswersFile out;
  std::vector<ColumnRole> roles;
  bool any_item = false;
  for (const std::string& name : file.header) {
    roles.push_back(role_of(version, name));
    if (roles.back().item)
      any_item = true;
    else
      out.ignored_columns.push_back(name);
  }
  if (!any_item)
    return fail(Error::field(ErrorCode::validation_failed, "csv[1]", FieldCode::invalid_value, "item codes"));
  std::vector<FieldError> problems;
  for (const csv::Record& record : file.records) {
    const std::string at = "csv[" + std::to_string(record.line) + "]";
    const Answers shown = shown_answers(version, row_answers(roles, record, delimiter));
    if (shown.empty()) {
      problems.push_back({at, FieldCode::required, {}});
      continue;
    }
    for (FieldError& e : check_answers(version, shown)) {
      // "answers.q1" → "csv[4].q1": the line a person finds in the file.
      const std::string_view name = e.field;
      e.field = at + "." + std::string(name.starts_with("answers.") ? name.substr(8) : name);
      problems.push_back(std::move(e));
    }
    out.responses.push_back(shown);
  }
  if (file.records.empty()) problems.push_back({"csv[2]", FieldCode::required, {}});
  if (!problems.empty()) {
    out.responses.clear();
    return fail(Error{ErrorCode::validation_failed, std::move(problems), {}, {}});
  }
  return out;
}

}  // namespace filet::questionnaires
