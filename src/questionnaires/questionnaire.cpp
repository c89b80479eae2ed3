#include "questionnaires/questionnaire.hpp"

#include <array>
#include <utility>

namespace filet::questionnaires {
namespace {

constexpr std::array<std::pair<ItemKind, std::string_view>, 8> kKinds{{
    {ItemKind::likert, "likert"},
    {ItemKind::single_choice, "single_choice"},
    {ItemKind::multiple_choice, "multiple_choice"},
    {ItemKind::integer, "integer"},
    {ItemKind::decimal, "decimal"},
    {ItemKind::date, "date"},
    {ItemKind::short_text, "short_text"},
    {ItemKind::long_text, "long_text"},
}};

}  // namespace

std::string_view kind_name(ItemKind kind) {
  for (const auto& [k, name] : kKinds)
    if (k == kind) return name;
  return "short_text";
}

std::optional<ItemKind> kind_of(std::string_view name) {
  for (const auto& [k, n] : kKinds)
    if (n == name) return k;
  return std::nullopt;
}

bool has_options(ItemKind kind) {
  return kind == ItemKind::likert || kind == ItemKind::single_choice || kind == ItemKind::multiple_choice;
}

const Item* find_item(const Version& version, std::string_view code) {
  for (const Item& item : version.items)
    if (item.code == code) return &item;
  return nullptr;
}

}  // namespace filet::questionnaires
