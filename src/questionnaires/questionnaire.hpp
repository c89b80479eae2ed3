#pragma once
// A questionnaire as its builders write it and its respondents see it: versions, sections
// (dimensions) and items, with French and English text everywhere. Plain values; the rules over
// them are in questionnaire_rules, their SQL in questionnaire_repository.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filet::questionnaires {

// What an item asks for. A Likert item's options carry a score; its off-scale options ("ne sais
// pas", "non applicable") carry none and are counted apart from the scale.
enum class ItemKind { likert, single_choice, multiple_choice, integer, decimal, date, short_text, long_text };

// The wire and storage names of the kinds, in ItemKind's order (the API's choices too).
inline constexpr std::string_view kKindNames[] = {"likert",  "single_choice", "multiple_choice", "integer",
                                                  "decimal", "date",          "short_text",      "long_text"};
std::string_view kind_name(ItemKind kind);  // kKindNames' entry

std::optional<ItemKind> kind_of(std::string_view name);
bool has_options(ItemKind kind);  // likert, single and multiple choice

struct Text {
  std::string fr, en;
  bool operator==(const Text&) const = default;
};

struct Option {
  std::string code;  // what an answer stores, never renamed
  Text label;
  std::optional<int64_t> score;  // Likert options on the scale; none off the scale and for choices
  bool operator==(const Option&) const = default;
};

// Show an item only if an earlier item's answer is one of `values` (equals: one value).
struct Condition {
  std::string item;
  std::vector<std::string> values;
  bool operator==(const Condition&) const = default;
};

struct Item {
  std::string code;     // unique in its version (XLSForm `name`); answers and results are keyed by it
  std::string section;  // the code of its section (dimension); "" outside any
  ItemKind kind = ItemKind::short_text;
  Text label;
  bool required = false;
  std::vector<Option> options;
  bool other_specify = false;  // choices: an "other, specify" text besides the options
  std::optional<Condition> relevant;
  std::string grid;  // Likert items of one grid share their scale and this code; "" for none
  bool operator==(const Item&) const = default;
};

struct Section {
  std::string code;
  Text label;
  bool operator==(const Section&) const = default;
};

// One version of a questionnaire: what one respondent group (e.g. PTP or PG) is asked. Once
// answers exist a change of meaning makes a new version; answers name the version they used.
struct Version {
  std::string id;
  std::string questionnaire_id;
  int64_t number = 1;
  std::string respondent_group;  // "" when the questionnaire has one group
  std::vector<Section> sections;
  std::vector<Item> items;  // in the order respondents see them
  std::string created_at;
  bool operator==(const Version&) const = default;
};

// A questionnaire belongs to an organization (operational data, reached through the scope).
struct Questionnaire {
  std::string id;
  std::string organization_id;
  std::string code;  // XLSForm form_id, unique in its organization
  Text title;
  std::string created_at, updated_at;
  int64_t version = 1;  // the record's optimistic version, not a questionnaire version
  bool operator==(const Questionnaire&) const = default;
};

// The item of `code`, or null.
const Item* find_item(const Version& version, std::string_view code);

}  // namespace filet::questionnaires
