#include "partnerships/key_partner_summary.hpp"

#include <map>

#include "common/small_counts.hpp"

namespace filet::partnerships {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::value;

object count_json(const small_counts::Entry& e) {
  if (e.why == small_counts::Why::shown) return {{"count", e.value}, {"hidden", nullptr}};
  return {{"count", nullptr}, {"hidden", e.why == small_counts::Why::primary ? "primary" : "complementary"}};
}

// The table as it is, nothing hidden.
small_counts::Table plain(const std::vector<std::vector<int64_t>>& counts, size_t columns) {
  small_counts::Table t;
  t.column_totals.assign(columns, {});
  for (const auto& row : counts) {
    std::vector<small_counts::Entry> entries;
    int64_t sum = 0;
    for (size_t j = 0; j < row.size(); ++j) {
      entries.push_back({row[j], small_counts::Why::shown});
      sum += row[j];
      t.column_totals[j].value += row[j];
    }
    t.cells.push_back(std::move(entries));
    t.row_totals.push_back({sum, small_counts::Why::shown});
    t.grand_total.value += sum;
  }
  return t;
}

Result<small_counts::Table> table_of(const std::vector<std::vector<int64_t>>& counts, size_t columns, bool suppress) {
  if (suppress && !counts.empty()) return small_counts::suppress(counts);
  return plain(counts, columns);
}

}  // namespace

Result<object> summary_json(const std::vector<key_partner_repository::CategoryCounts>& counts, bool suppress) {
  // Categories × roles (practitioner, manager), in the categories' code order.
  std::map<std::string, std::vector<int64_t>> by_category;
  std::vector<std::vector<int64_t>> criteria(std::size(kCriteria), std::vector<int64_t>(2, 0));
  int64_t choices = 0;
  for (const auto& c : counts) {
    auto& row = by_category.try_emplace(c.category, std::vector<int64_t>(2, 0)).first->second;
    row[c.chooser_role == "manager" ? 1 : 0] += c.choices;
    choices += c.choices;
    const int64_t met[] = {c.links_families, c.shares_dialogue, c.adapts_practices};
    for (size_t i = 0; i < std::size(kCriteria); ++i) criteria[i][0] += met[i];
  }
  for (auto& row : criteria) row[1] = choices - row[0];
  std::vector<std::vector<int64_t>> category_counts;
  for (const auto& [code, row] : by_category) category_counts.push_back(row);

  auto categories = TRY(table_of(category_counts, 2, suppress));
  array category_rows;
  size_t i = 0;
  for (const auto& [code, row] : by_category) {
    category_rows.push_back(object{{"code", code},
                                   {"practitioner", count_json(categories.cells[i][0])},
                                   {"manager", count_json(categories.cells[i][1])},
                                   {"total", count_json(categories.row_totals[i])}});
    ++i;
  }
  object role_totals{{"code", "total"},
                     {"practitioner", count_json(categories.column_totals[0])},
                     {"manager", count_json(categories.column_totals[1])},
                     {"total", count_json(categories.grand_total)}};

  auto met = TRY(table_of(criteria, 2, suppress && choices > 0));
  array criterion_rows;
  for (size_t c = 0; c < std::size(kCriteria); ++c)
    criterion_rows.push_back(
        object{{"code", kCriteria[c]}, {"met", count_json(met.cells[c][0])}, {"not_met", count_json(met.cells[c][1])}});
  return object{{"suppressed_below", suppress ? value(small_counts::kDefaultThreshold) : value(nullptr)},
                {"by_category", std::move(category_rows)},
                {"by_role_total", std::move(role_totals)},
                {"by_criterion", std::move(criterion_rows)}};
}

}  // namespace filet::partnerships
