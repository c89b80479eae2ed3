#include "questionnaires/questionnaire_rules.hpp"

#include <charconv>
#include <cmath>
#include <set>

#include "common/clock.hpp"

namespace filet::questionnaires {
namespace {

constexpr size_t kCodeMax = 64;
constexpr size_t kLabelMax = 2000;

// XLSForm names: a letter or underscore, then letters, digits, '_', '.', '-'.
bool is_code(std::string_view code) {
  if (code.empty() || code.size() > kCodeMax) return false;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!letter(code[0])) return false;
  for (char c : code)
    if (!letter(c) && !(c >= '0' && c <= '9') && c != '.' && c != '-') return false;
  return true;
}

// Option codes may also start with a digit (Likert codes are often 1–4).
bool is_option_code(std::string_view code) {
  return !code.empty() && (is_code(code) || is_code("_" + std::string(code)));
}

void check_text(std::vector<FieldError>& out, const std::string& at, const Text& text) {
  for (auto [suffix, value] : {std::pair{"_fr", &text.fr}, std::pair{"_en", &text.en}}) {
    if (value->empty())
      out.push_back({at + suffix, FieldCode::required, {}});
    else if (value->size() > kLabelMax)
      out.push_back({at + suffix, FieldCode::too_long, std::to_string(kLabelMax)});
  }
}

std::string codes_of(const Item& item) {
  std::string out;
  for (const Option& o : item.options) out += (out.empty() ? "" : ", ") + o.code;
  if (item.other_specify) out += (out.empty() ? "" : ", ") + std::string(kOtherCode);
  return out;
}

bool is_option(const Item& item, std::string_view value) {
  if (item.other_specify && value == kOtherCode) return true;
  for (const Option& o : item.options)
    if (o.code == value) return true;
  return false;
}

void check_options(std::vector<FieldError>& out, const std::string& at, const Item& item) {
  if (!has_options(item.kind)) {
    if (!item.options.empty()) out.push_back({at + ".options", FieldCode::invalid_value, "no_options"});
    if (item.other_specify) out.push_back({at + ".other_specify", FieldCode::invalid_value, "choices_only"});
    return;
  }
  std::set<std::string, std::less<>> codes;
  std::set<int64_t> scores;
  for (size_t i = 0; i < item.options.size(); ++i) {
    const Option& o = item.options[i];
    const std::string here = at + ".options[" + std::to_string(i) + "]";
    if (!is_option_code(o.code) || o.code.size() > kCodeMax)
      out.push_back({here + ".code", FieldCode::invalid_format, "tout_a_fait_satisfait"});
    if (!codes.insert(o.code).second || (item.other_specify && o.code == kOtherCode))
      out.push_back({here + ".code", FieldCode::duplicate, {}});
    check_text(out, here + ".label", o.label);
    if (o.score && item.kind != ItemKind::likert)
      out.push_back({here + ".score", FieldCode::invalid_value, "likert_only"});
    if (o.score && !scores.insert(*o.score).second) out.push_back({here + ".score", FieldCode::duplicate, {}});
  }
  const size_t minimum = item.kind == ItemKind::likert ? 2 : 1;
  if ((item.kind == ItemKind::likert ? scores.size() : item.options.size()) < minimum)
    out.push_back({at + ".options", FieldCode::too_short, std::to_string(minimum)});
  if (item.other_specify && item.kind == ItemKind::likert)
    out.push_back({at + ".other_specify", FieldCode::invalid_value, "choices_only"});
}

void check_condition(std::vector<FieldError>& out, const std::string& at, const Condition& condition,
                     const std::vector<const Item*>& earlier) {
  const Item* source = nullptr;
  for (const Item* item : earlier)
    if (item->code == condition.item) source = item;
  if (!source || !has_options(source->kind)) {
    out.push_back({at + ".relevant", FieldCode::not_found, {}});
    return;
  }
  if (condition.values.empty()) out.push_back({at + ".relevant", FieldCode::required, {}});
  for (const std::string& value : condition.values)
    if (!is_option(*source, value)) out.push_back({at + ".relevant", FieldCode::invalid_value, codes_of(*source)});
}

bool whole_number(std::string_view s) {
  int64_t n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  return ec == std::errc{} && end == s.data() + s.size();
}

bool decimal_number(std::string_view s) {
  double d = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d, std::chars_format::fixed);
  return ec == std::errc{} && end == s.data() + s.size() && std::isfinite(d);
}

void check_value(std::vector<FieldError>& out, const std::string& at, const Item& item, const Answer& answer) {
  const bool several = item.kind == ItemKind::multiple_choice;
  if (!several && answer.values.size() > 1) {
    out.push_back({at, FieldCode::wrong_type, "string"});
    return;
  }
  if (has_options(item.kind)) {
    std::set<std::string, std::less<>> seen;
    for (const std::string& value : answer.values) {
      if (!is_option(item, value))
        out.push_back({at, FieldCode::invalid_value, codes_of(item)});
      else if (!seen.insert(value).second)
        out.push_back({at, FieldCode::duplicate, {}});
    }
    const bool other_chosen = seen.contains(kOtherCode);
    if (other_chosen && answer.other.empty()) out.push_back({at + ".other", FieldCode::required, {}});
    if (!other_chosen && !answer.other.empty())
      out.push_back({at + ".other", FieldCode::invalid_value, std::string(kOtherCode)});
    if (answer.other.size() > kShortTextMax)
      out.push_back({at + ".other", FieldCode::too_long, std::to_string(kShortTextMax)});
    return;
  }
  if (!answer.other.empty()) out.push_back({at + ".other", FieldCode::unknown_field, {}});
  const std::string& value = answer.values.front();
  switch (item.kind) {
    case ItemKind::integer:
      if (!whole_number(value)) out.push_back({at, FieldCode::wrong_type, "integer"});
      break;
    case ItemKind::decimal:
      if (!decimal_number(value)) out.push_back({at, FieldCode::wrong_type, "number"});
      break;
    case ItemKind::date:
      if (!clock::is_date(value)) out.push_back({at, FieldCode::wrong_type, "date"});
      break;
    case ItemKind::short_text:
    case ItemKind::long_text: {
      const size_t max = item.kind == ItemKind::short_text ? kShortTextMax : kLongTextMax;
      if (value.size() > max) out.push_back({at, FieldCode::too_long, std::to_string(max)});
      break;
    }
    default:
      break;
  }
}

}  // namespace

std::vector<FieldError> check_version(const Version& version) {
  std::vector<FieldError> out;
  std::set<std::string, std::less<>> sections;
  for (size_t i = 0; i < version.sections.size(); ++i) {
    const Section& s = version.sections[i];
    const std::string at = "sections[" + std::to_string(i) + "]";
    if (!is_code(s.code)) out.push_back({at + ".code", FieldCode::invalid_format, "satisfaction_globale"});
    if (!sections.insert(s.code).second) out.push_back({at + ".code", FieldCode::duplicate, {}});
    check_text(out, at + ".label", s.label);
  }
  if (version.items.empty()) out.push_back({"items", FieldCode::too_short, "1"});
  std::set<std::string, std::less<>> codes;
  std::vector<const Item*> earlier;
  std::map<std::string, const Item*, std::less<>> grids;  // a grid's first item: its scale
  for (size_t i = 0; i < version.items.size(); ++i) {
    const Item& item = version.items[i];
    const std::string at = "items[" + std::to_string(i) + "]";
    if (!is_code(item.code)) out.push_back({at + ".code", FieldCode::invalid_format, "q1_accueil"});
    if (!codes.insert(item.code).second) out.push_back({at + ".code", FieldCode::duplicate, {}});
    if (!item.section.empty() && !sections.contains(item.section))
      out.push_back({at + ".section", FieldCode::not_found, {}});
    check_text(out, at + ".label", item.label);
    check_options(out, at, item);
    if (item.relevant) check_condition(out, at, *item.relevant, earlier);
    if (!item.grid.empty()) {
      if (item.kind != ItemKind::likert) out.push_back({at + ".grid", FieldCode::invalid_value, "likert_only"});
      auto [first, added] = grids.emplace(item.grid, &item);
      if (!added && first->second->options != item.options)
        out.push_back({at + ".options", FieldCode::invalid_value, "grid_scale"});
    }
    earlier.push_back(&item);
  }
  return out;
}

bool is_shown(const Item& item, const Answers& shown_before) {
  if (!item.relevant) return true;
  auto found = shown_before.find(item.relevant->item);
  if (found == shown_before.end()) return false;
  for (const std::string& given : found->second.values)
    for (const std::string& wanted : item.relevant->values)
      if (given == wanted) return true;
  return false;
}

Answers shown_answers(const Version& version, const Answers& answers) {
  Answers shown;
  for (const Item& item : version.items) {
    auto found = answers.find(item.code);
    if (found != answers.end() && is_shown(item, shown)) shown.emplace(item.code, found->second);
  }
  for (const auto& [code, answer] : answers)
    if (!find_item(version, code)) shown.emplace(code, answer);
  return shown;
}

std::vector<FieldError> check_answers(const Version& version, const Answers& answers) {
  std::vector<FieldError> out;
  for (const auto& [code, answer] : answers)
    if (!find_item(version, code)) out.push_back({"answers." + code, FieldCode::unknown_field, {}});
  for (const Item& item : version.items) {
    const std::string at = "answers." + item.code;
    auto found = answers.find(item.code);
    const bool answered = found != answers.end() && !found->second.values.empty();
    if (!answered) {
      if (item.required && is_shown(item, answers)) out.push_back({at, FieldCode::required, {}});
      if (found != answers.end() && !found->second.other.empty())
        out.push_back({at + ".other", FieldCode::invalid_value, std::string(kOtherCode)});
      continue;
    }
    check_value(out, at, item, found->second);
  }
  return out;
}

}  // namespace filet::questionnaires
