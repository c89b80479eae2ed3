#include "questionnaires/results_table.hpp"

#include <algorithm>

#include "questionnaires/questionnaire_rules.hpp"

namespace filet::questionnaires {
namespace {

using exports::Cell;

constexpr size_t kFixed = 9;  // item … alpha

Cell cell(const std::optional<double>& v) {
  return v ? Cell{*v} : Cell{};
}

// Every option code of the version's items with options, in order of first appearance.
std::vector<std::string> option_codes(const Version& version) {
  std::vector<std::string> out;
  for (const Item& item : version.items) {
    if (!has_options(item.kind)) continue;
    std::vector<std::string> codes;
    for (const Option& o : item.options) codes.push_back(o.code);
    if (item.other_specify) codes.emplace_back(kOtherCode);
    for (const std::string& code : codes)
      if (std::ranges::find(out, code) == out.end()) out.push_back(code);
  }
  return out;
}

std::vector<Cell> item_row(const ItemResult& r, const std::string& section, const std::string& group,
                           const std::vector<std::string>& codes) {
  std::vector<Cell> row(kFixed + codes.size());
  row[0] = r.code;
  row[1] = section;
  row[2] = group;
  const std::vector<OptionResult>* options = nullptr;
  if (r.likert) {
    const LikertResult& l = *r.likert;
    if (!l.hidden) row[3] = l.n;
    row[4] = cell(l.mean);
    row[5] = cell(l.sd);
    row[6] = cell(l.median);
    row[7] = cell(l.top_box);
    options = &l.options;
  } else if (r.choice) {
    if (!r.choice->hidden) row[3] = r.choice->respondents;
    options = &r.choice->options;
  }
  for (size_t i = 0; options && i < options->size(); ++i) {
    const OptionResult& o = (*options)[i];
    const auto at = std::ranges::find(codes, o.code) - codes.begin();
    if (o.count) row[kFixed + static_cast<size_t>(at)] = o.share;
  }
  return row;
}

std::vector<Cell> dimension_row(const DimensionResult& d, const std::string& group, size_t width) {
  std::vector<Cell> row(width);
  row[1] = d.section;
  row[2] = group;
  if (!d.hidden) row[3] = d.n;
  row[4] = cell(d.mean);
  row[8] = cell(d.alpha);
  return row;
}

void add_set(ResultsTable& table, const Version& version, const ResultSet& set, const std::string& group,
             const std::vector<std::string>& codes) {
  for (const ItemResult& r : set.items) {
    const Item* item = find_item(version, r.code);
    table.rows.push_back(item_row(r, item ? item->section : "", group, codes));
  }
  for (const DimensionResult& d : set.dimensions) table.rows.push_back(dimension_row(d, group, table.columns.size()));
}

}  // namespace

ResultsTable results_table(const Version& version, const CampaignResults& results) {
  ResultsTable table;
  for (const char* title : {"item", "dimension", "group", "n", "mean", "sd", "median", "top_box", "alpha"})
    table.columns.push_back({title, 12});
  const auto codes = option_codes(version);
  for (const std::string& code : codes) table.columns.push_back({"pct_" + code, 10});
  add_set(table, version, results.everyone, "", codes);
  for (const GroupResult& g : results.groups) add_set(table, version, g.results, g.value, codes);
  return table;
}

}  // namespace filet::questionnaires
