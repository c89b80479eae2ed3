#include "questionnaires/results_suppression.hpp"

#include "common/small_counts.hpp"

namespace filet::questionnaires {
namespace {

std::vector<OptionResult>* options_of(ItemResult& item) {
  if (item.likert) return &item.likert->options;
  if (item.choice) return &item.choice->options;
  return nullptr;
}

void hide_option(OptionResult& option) {
  option.count.reset();
  option.share = 0;
}

// Everything of an item for one set of responses, as if it had fewer than k answers.
void hide_item(ItemResult& item) {
  if (item.likert) hide_all(*item.likert);
  if (item.choice) hide_all(*item.choice);
}

void hide_set(ResultSet& set) {
  set.responses.reset();
  for (ItemResult& item : set.items) hide_item(item);
  for (DimensionResult& d : set.dimensions) hide_small_counts(d, INT64_MAX);
}

Result<void> hide_without_groups(ResultSet& everyone, int64_t k) {
  if (everyone.responses && *everyone.responses < k) everyone.responses.reset();
  for (ItemResult& item : everyone.items) {
    if (item.likert) TRY_VOID(hide_small_counts(*item.likert, k));
    if (item.choice) TRY_VOID(hide_small_counts(*item.choice, k));
  }
  for (DimensionResult& d : everyone.dimensions) hide_small_counts(d, k);
  return {};
}

// Item `i` across the groups: one table, groups × options.
Result<void> hide_item_by_group(CampaignResults& results, size_t i, int64_t k) {
  std::vector<std::vector<int64_t>> table;
  for (GroupResult& g : results.groups) {
    std::vector<int64_t> row;
    if (auto* options = options_of(g.results.items.at(i)))
      for (const OptionResult& o : *options) row.push_back(o.count.value_or(0));
    table.push_back(std::move(row));
  }
  const auto hidden = TRY(small_counts::suppress(table, k));
  for (size_t r = 0; r < results.groups.size(); ++r) {
    ItemResult& item = results.groups[r].results.items[i];
    auto* options = options_of(item);
    for (size_t c = 0; options && c < options->size(); ++c)
      if (hidden.cells[r][c].hidden()) hide_option((*options)[c]);
    if (hidden.row_totals[r].hidden()) hide_item(item);
  }
  ItemResult& all = results.everyone.items.at(i);
  auto* options = options_of(all);
  for (size_t c = 0; options && c < options->size(); ++c)
    if (hidden.column_totals[c].hidden()) hide_option((*options)[c]);
  if (hidden.grand_total.hidden()) hide_item(all);
  // A choice item's respondents by group add up to everyone's: one more list.
  if (all.choice) {
    std::vector<int64_t> answered;
    for (GroupResult& g : results.groups) answered.push_back(g.results.items[i].choice->respondents);
    const auto list = TRY(small_counts::suppress_list(answered, k));
    for (size_t r = 0; r < results.groups.size(); ++r)
      if (list.counts[r].hidden()) hide_item(results.groups[r].results.items[i]);
    if (list.total.hidden()) hide_item(all);
  }
  return {};
}

Result<void> hide_dimension_by_group(CampaignResults& results, size_t d, int64_t k) {
  std::vector<int64_t> complete;
  for (GroupResult& g : results.groups) complete.push_back(g.results.dimensions.at(d).n);
  const auto list = TRY(small_counts::suppress_list(complete, k));
  for (size_t r = 0; r < results.groups.size(); ++r)
    if (list.counts[r].hidden()) hide_small_counts(results.groups[r].results.dimensions[d], INT64_MAX);
  hide_small_counts(results.everyone.dimensions.at(d), list.total.hidden() ? INT64_MAX : k);
  return {};
}

}  // namespace

Result<void> hide_small_counts(CampaignResults& results, int64_t k) {
  if (results.groups.empty()) return hide_without_groups(results.everyone, k);
  for (const GroupResult& g : results.groups)
    if (g.results.items.size() != results.everyone.items.size() ||
        g.results.dimensions.size() != results.everyone.dimensions.size())
      return fail(ErrorCode::internal, "results: a group's items differ from everyone's");
  std::vector<int64_t> responses;
  for (const GroupResult& g : results.groups) responses.push_back(g.results.responses.value_or(0));
  const auto list = TRY(small_counts::suppress_list(responses, k));
  for (size_t i = 0; i < results.everyone.items.size(); ++i) TRY_VOID(hide_item_by_group(results, i, k));
  for (size_t d = 0; d < results.everyone.dimensions.size(); ++d) TRY_VOID(hide_dimension_by_group(results, d, k));
  for (size_t r = 0; r < results.groups.size(); ++r)
    if (list.counts[r].hidden()) hide_set(results.groups[r].results);
  if (list.total.hidden()) hide_set(results.everyone);
  return {};
}

}  // namespace filet::questionnaires
