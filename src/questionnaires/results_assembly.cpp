#include "questionnaires/results_assembly.hpp"

#include "questionnaires/campaign_population.hpp"

#include <algorithm>

#include "questionnaires/questionnaire_rules.hpp"

namespace filet::questionnaires {
namespace repo = results_repository;

Result<void> check_grouping(const Version& version, std::string_view by) {
  if (by.empty() || attribute_of(by)) return {};
  const Item* item = find_item(version, by);
  if (item && item->kind == ItemKind::single_choice) return {};
  std::string allowed;
  for (const Item& i : version.items)
    if (i.kind == ItemKind::single_choice) allowed += (allowed.empty() ? "" : ", ") + i.code;
  for (std::string_view a : kAttributes)
    allowed += (allowed.empty() ? "" : ", ") + std::string(kAttributePrefix) + std::string(a);
  return fail(Error::field(ErrorCode::validation_failed, "by", FieldCode::invalid_value, allowed));
}

std::vector<std::string> group_values(const Version& version, std::string_view by, const repo::GroupedCounts& counts) {
  std::vector<std::string> out;
  if (attribute_of(by)) {  // the values the responses carry, alphabetically, then "not known"
    for (const auto& [value, group] : counts)
      if (!value.empty()) out.push_back(value);
    if (counts.contains("")) out.emplace_back();
    return out;
  }
  const Item* item = find_item(version, by);
  if (!item) return out;
  for (const Option& o : item->options) out.push_back(o.code);
  if (item->other_specify) out.emplace_back(kOtherCode);
  if (counts.contains("")) out.emplace_back();
  return out;
}

Result<ResultSet> result_set(const Version& version, const repo::Counts& counts,
                             const repo::DimensionsBySection& dimensions) {
  static const std::vector<ValueCount> kNone;
  ResultSet out;
  out.responses = counts.responses;
  for (const Item& item : version.items) {
    if (!has_options(item.kind)) continue;
    auto found = counts.values.find(item.code);
    const auto& values = found == counts.values.end() ? kNone : found->second;
    ItemResult r{item.code, item.kind, std::nullopt, std::nullopt};
    if (item.kind == ItemKind::likert) {
      r.likert = TRY(likert_result(item, values));
    } else {
      auto answered = counts.respondents.find(item.code);
      r.choice = TRY(choice_result(item, values, answered == counts.respondents.end() ? 0 : answered->second));
    }
    out.items.push_back(std::move(r));
  }
  for (const Section& section : version.sections) {
    const auto likert = std::ranges::count_if(
        version.items, [&](const Item& i) { return i.section == section.code && i.kind == ItemKind::likert; });
    if (likert == 0) continue;
    auto found = dimensions.find(section.code);
    const DimensionSums none{section.code, 0, 0, 0, {}};
    out.dimensions.push_back(TRY(dimension_result(found == dimensions.end() ? none : found->second, likert)));
  }
  return out;
}

std::vector<std::string> counted_items(const Version& version) {
  std::vector<std::string> out;
  for (const Item& item : version.items)
    if (has_options(item.kind)) out.push_back(item.code);
  return out;
}

repo::Counts unanswered(const repo::Counts& everyone, const repo::GroupedCounts& groups) {
  repo::Counts out = everyone;
  for (const auto& [group, counts] : groups) {
    out.responses -= counts.responses;
    for (const auto& [item, values] : counts.values) {
      auto& from = out.values[item];
      for (const ValueCount& v : values)
        if (auto same = std::ranges::find(from, v.value, &ValueCount::value); same != from.end())
          same->count -= v.count;
    }
    for (const auto& [item, n] : counts.respondents) out.respondents[item] -= n;
  }
  for (auto& [item, values] : out.values) std::erase_if(values, [](const ValueCount& v) { return v.count == 0; });
  std::erase_if(out.values, [](const auto& entry) { return entry.second.empty(); });
  std::erase_if(out.respondents, [](const auto& entry) { return entry.second == 0; });
  return out;
}

repo::DimensionsBySection unanswered(const repo::DimensionsBySection& everyone, const repo::GroupedDimensions& groups) {
  repo::DimensionsBySection out = everyone;
  for (const auto& [group, sections] : groups)
    for (const auto& [section, sums] : sections) {
      auto found = out.find(section);
      if (found == out.end()) continue;
      DimensionSums& from = found->second;
      from.complete -= sums.complete;
      from.total_sum -= sums.total_sum;
      from.total_squares -= sums.total_squares;
      for (const ItemSums& item : sums.items)
        if (auto same = std::ranges::find(from.items, item.item, &ItemSums::item); same != from.items.end()) {
          same->sum -= item.sum;
          same->squares -= item.squares;
        }
    }
  std::erase_if(out, [](const auto& entry) { return entry.second.complete == 0; });
  return out;
}

}  // namespace filet::questionnaires
