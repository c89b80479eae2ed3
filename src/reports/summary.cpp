#include "reports/summary.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "common/small_counts.hpp"

namespace filet::reports {
namespace {

using boost::json::object;
using boost::json::value;

value mean(int64_t sum, int64_t n) {
  if (n <= 0) return nullptr;
  return std::round(static_cast<double>(sum) / static_cast<double>(n) * 100.0) / 100.0;
}

// The entries of each row, suppressed or not: whether each row and the total are shown.
struct Shown {
  std::vector<bool> rows;
  bool total = true;
};

Result<Shown> shown(const std::vector<int64_t>& counts, bool suppress) {
  Shown out{std::vector<bool>(counts.size(), true), true};
  if (!suppress) return out;
  auto list = TRY(small_counts::suppress_list(counts));
  for (size_t i = 0; i < counts.size(); ++i) out.rows[i] = !list.counts[i].hidden();
  out.total = !list.total.hidden();
  return out;
}

value count_or_null(bool show, int64_t n) {
  return show ? value(n) : value(nullptr);
}

object outreach_fields(const StrategyRow& r, bool show) {
  return {{"entries", count_or_null(show, r.entries)},
          {"parents_reached", count_or_null(show, r.parents_reached)},
          {"fathers_reached", count_or_null(show, r.fathers_reached)},
          {"children_seen", count_or_null(show, r.children_seen)},
          {"new_families", count_or_null(show, r.new_families)},
          {"mean_efficacy", show ? mean(r.efficacy_sum, r.entries) : value(nullptr)}};
}

Result<void> add_outreach(object& out, const std::vector<StrategyRow>& rows, bool suppress) {
  std::vector<int64_t> counts;
  StrategyRow total;
  for (const auto& r : rows) {
    counts.push_back(r.entries);
    total.entries += r.entries;
    total.parents_reached += r.parents_reached;
    total.fathers_reached += r.fathers_reached;
    total.children_seen += r.children_seen;
    total.new_families += r.new_families;
    total.efficacy_sum += r.efficacy_sum;
  }
  auto show = TRY(shown(counts, suppress));
  boost::json::array list;
  for (size_t i = 0; i < rows.size(); ++i) {
    auto row = outreach_fields(rows[i], show.rows[i]);
    row.emplace("strategy", rows[i].strategy);
    list.push_back(std::move(row));
  }
  out["outreach"] = std::move(list);
  out["outreach_total"] = outreach_fields(total, show.total);
  return {};
}

Result<void> add_networking(object& out, const std::vector<CategoryRow>& rows, bool suppress) {
  std::vector<int64_t> counts;
  CategoryRow total;
  for (const auto& r : rows) {
    counts.push_back(r.entries);
    total.entries += r.entries;
    total.efficacy_sum += r.efficacy_sum;
  }
  auto show = TRY(shown(counts, suppress));
  boost::json::array list;
  for (size_t i = 0; i < rows.size(); ++i)
    list.push_back(object{{"category", rows[i].category},
                          {"entries", count_or_null(show.rows[i], rows[i].entries)},
                          {"mean_efficacy", show.rows[i] ? mean(rows[i].efficacy_sum, rows[i].entries) : nullptr}});
  out["networking"] = std::move(list);
  out["networking_total"] = object{{"entries", count_or_null(show.total, total.entries)},
                                   {"mean_efficacy", show.total ? mean(total.efficacy_sum, total.entries) : nullptr}};
  return {};
}

Result<boost::json::array> family_counts(const std::vector<FamilyCount>& rows, bool suppress, int64_t* total_out,
                                         bool* total_shown) {
  std::vector<int64_t> counts;
  for (const auto& r : rows) counts.push_back(r.families);
  auto show = TRY(shown(counts, suppress));
  boost::json::array list;
  int64_t total = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    total += rows[i].families;
    list.push_back(object{{"code", rows[i].code}, {"families", count_or_null(show.rows[i], rows[i].families)}});
  }
  if (total_out) *total_out = total;
  if (total_shown) *total_shown = show.total;
  return list;
}

Result<boost::json::array> check_ins_json(const std::vector<CheckInRow>& rows, bool suppress) {
  boost::json::array list;
  for (const auto& c : compare_check_ins(rows)) {
    // The families compared and, within them, those whose rating rose and the others: one line.
    auto show = TRY(shown({c.improved, c.families - c.improved}, suppress));
    bool families_shown = show.total;
    list.push_back(object{{"criterion", c.criterion},
                          {"families", count_or_null(families_shown, c.families)},
                          {"improved", count_or_null(families_shown && show.rows[0], c.improved)},
                          {"first_mean", families_shown && c.families ? value(c.first_mean) : value(nullptr)},
                          {"latest_mean", families_shown && c.families ? value(c.latest_mean) : value(nullptr)}});
  }
  return list;
}

}  // namespace

std::vector<CriterionComparison> compare_check_ins(const std::vector<CheckInRow>& rows) {
  // Per family, its first and its latest check-in by (date, id), and how many it has.
  struct Ends {
    const CheckInRow* first = nullptr;
    const CheckInRow* latest = nullptr;
    int count = 0;
  };
  auto before = [](const CheckInRow& a, const CheckInRow& b) {
    return std::tie(a.check_date, a.id) < std::tie(b.check_date, b.id);
  };
  std::map<std::string, Ends> families;
  for (const auto& r : rows) {
    auto& e = families[r.family_id];
    ++e.count;
    if (!e.first || before(r, *e.first)) e.first = &r;
    if (!e.latest || before(*e.latest, r)) e.latest = &r;
  }
  std::vector<CriterionComparison> out;
  for (size_t k = 0; k < kCriteria.size(); ++k) {
    CriterionComparison c{kCriteria[k]};
    int64_t first_sum = 0, latest_sum = 0;
    for (const auto& [id, e] : families) {
      if (e.count < 2) continue;
      ++c.families;
      first_sum += e.first->ratings[k];
      latest_sum += e.latest->ratings[k];
      if (e.latest->ratings[k] > e.first->ratings[k]) ++c.improved;
    }
    if (c.families) {
      auto n = static_cast<double>(c.families);
      c.first_mean = std::round(static_cast<double>(first_sum) / n * 100.0) / 100.0;
      c.latest_mean = std::round(static_cast<double>(latest_sum) / n * 100.0) / 100.0;
    }
    out.push_back(c);
  }
  return out;
}

Result<boost::json::object> summary_json(const SummaryCounts& counts, bool suppress) {
  object out;
  out["suppressed_below"] = suppress ? value(small_counts::kDefaultThreshold) : value(nullptr);
  TRY_VOID(add_outreach(out, counts.outreach, suppress));
  TRY_VOID(add_networking(out, counts.networking, suppress));
  int64_t families = 0;
  bool families_shown = true;
  out["families_by_status"] = TRY(family_counts(counts.families_by_status, suppress, &families, &families_shown));
  out["families_total"] = count_or_null(families_shown, families);
  // A family may have several factors: the factors' counts have no total of their own.
  out["families_by_factor"] = TRY(family_counts(counts.families_by_factor, suppress, nullptr, nullptr));
  out["check_ins"] = TRY(check_ins_json(counts.check_ins, suppress));
  return out;
}

}  // namespace filet::reports
