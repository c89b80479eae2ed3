#include "questionnaires/questionnaire.hpp"

#include <iterator>

namespace filet::questionnaires {

static_assert(std::size(kKindNames) == static_cast<size_t>(ItemKind::long_text) + 1, "a name for every kind");

std::string_view kind_name(ItemKind kind) {
  return kKindNames[static_cast<size_t>(kind)];
}

std::optional<ItemKind> kind_of(std::string_view name) {
  for (size_t i = 0; i < std::size(kKindNames); ++i)
    if (kKindNames[i] == name) return static_cast<ItemKind>(i);
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
