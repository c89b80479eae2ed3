#include "gaps/gap_register.hpp"

#include <algorithm>
#include <boost/json/array.hpp>

#include "common/small_counts.hpp"

namespace filet::gaps {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::value;

// The tally of units by code, in code order.
Tally tally(const std::map<std::string, int64_t>& units) {
  return {units.begin(), units.end()};
}

std::vector<Heading> headings(std::map<std::string, Heading> by_id) {
  std::vector<Heading> out;
  for (auto& [_, h] : by_id) out.push_back(std::move(h));
  std::ranges::sort(out,
                    [](const Heading& a, const Heading& b) { return std::tie(a.name, a.id) < std::tie(b.name, b.id); });
  return out;
}

value hidden_why(const small_counts::Entry& e) {
  switch (e.why) {
    case small_counts::Why::primary:
      return "primary";
    case small_counts::Why::complementary:
      return "complementary";
    case small_counts::Why::shown:
      break;
  }
  return nullptr;
}

object count_json(const small_counts::Entry& e) {
  return {{"count", e.hidden() ? value(nullptr) : value(e.value)}, {"hidden", hidden_why(e)}};
}

small_counts::Entry shown(int64_t n) {
  return {n, small_counts::Why::shown};
}

Result<array> tally_json(const Tally& tally, bool suppress) {
  std::vector<int64_t> counts;
  for (const auto& [_, n] : tally) counts.push_back(n);
  small_counts::List list;
  if (suppress) {
    list = TRY(small_counts::suppress_list(counts));
  } else {
    for (auto n : counts) list.counts.push_back(shown(n));
  }
  array out;
  for (size_t i = 0; i < tally.size(); ++i) {
    auto o = count_json(list.counts[i]);
    o.emplace("code", tally[i].first);
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace

Register aggregate(const std::vector<GapGroup>& groups, Tally by_quarter) {
  Register r;
  r.by_quarter = std::move(by_quarter);
  std::map<std::string, Heading> needs, territories;
  for (const auto& g : groups) {
    needs.try_emplace(g.need_id, Heading{g.need_id, g.need_name, ""});
    territories.try_emplace(g.territory_id, Heading{g.territory_id, g.territory_name, g.setting});
  }
  r.needs = headings(std::move(needs));
  r.territories = headings(std::move(territories));
  std::map<std::string, size_t> row_of, column_of;
  for (size_t i = 0; i < r.needs.size(); ++i) row_of[r.needs[i].id] = i;
  for (size_t j = 0; j < r.territories.size(); ++j) column_of[r.territories[j].id] = j;
  const size_t columns = r.territories.size();
  r.counts.assign(r.needs.size(), std::vector<int64_t>(columns, 0));
  std::vector<std::map<std::string, int64_t>> reasons(r.needs.size() * columns);
  std::map<std::string, int64_t> by_reason, by_setting;
  for (const auto& g : groups) {
    const size_t i = row_of[g.need_id], j = column_of[g.territory_id];
    r.counts[i][j] += g.cell_units;
    reasons[i * columns + j][g.reason] += g.gaps;
    by_reason[g.reason] += g.reason_units;
    by_setting[g.setting] += g.setting_units;
  }
  r.top_reasons.assign(r.needs.size(), std::vector<std::string>(columns));
  for (size_t i = 0; i < r.needs.size(); ++i)
    for (size_t j = 0; j < columns; ++j) {
      // The most frequent reason; on a tie the first code in alphabetical order.
      int64_t best = 0;
      for (const auto& [code, n] : reasons[i * columns + j])
        if (n > best) {
          best = n;
          r.top_reasons[i][j] = code;
        }
    }
  r.by_reason = tally(by_reason);
  r.by_setting = tally(by_setting);
  return r;
}

Result<boost::json::object> register_json(const Register& r, bool suppress) {
  small_counts::Table t;
  if (suppress && !r.needs.empty() && !r.territories.empty()) {
    t = TRY(small_counts::suppress(r.counts));
  } else {
    // Nothing hidden: the same shape, every entry shown.
    int64_t grand = 0;
    t.column_totals.assign(r.territories.size(), shown(0));
    for (const auto& row : r.counts) {
      std::vector<small_counts::Entry> entries;
      int64_t sum = 0;
      for (size_t j = 0; j < row.size(); ++j) {
        entries.push_back(shown(row[j]));
        sum += row[j];
        t.column_totals[j].value += row[j];
      }
      t.cells.push_back(std::move(entries));
      t.row_totals.push_back(shown(sum));
      grand += sum;
    }
    t.grand_total = shown(grand);
  }
  array needs, territories, cells;
  for (size_t i = 0; i < r.needs.size(); ++i) {
    auto o = count_json(t.row_totals[i]);
    o.emplace("id", r.needs[i].id);
    o.emplace("name", r.needs[i].name);
    needs.push_back(std::move(o));
    for (size_t j = 0; j < r.territories.size(); ++j) {
      const auto& e = t.cells[i][j];
      auto cell = count_json(e);
      cell.emplace("need_id", r.needs[i].id);
      cell.emplace("territory_id", r.territories[j].id);
      const auto& top = r.top_reasons[i][j];
      cell.emplace("top_reason", e.hidden() || top.empty() ? value(nullptr) : value(top));
      cells.push_back(std::move(cell));
    }
  }
  for (size_t j = 0; j < r.territories.size(); ++j) {
    auto o = count_json(t.column_totals[j]);
    o.emplace("id", r.territories[j].id);
    o.emplace("name", r.territories[j].name);
    o.emplace("setting", r.territories[j].setting);
    territories.push_back(std::move(o));
  }
  object out{{"suppressed_below", suppress ? value(small_counts::kDefaultThreshold) : value(nullptr)},
             {"needs", std::move(needs)},
             {"territories", std::move(territories)},
             {"cells", std::move(cells)},
             {"total", count_json(t.grand_total)},
             {"by_reason", TRY(tally_json(r.by_reason, suppress))},
             {"by_quarter", TRY(tally_json(r.by_quarter, suppress))},
             {"by_setting", TRY(tally_json(r.by_setting, suppress))}};
  return out;
}

}  // namespace filet::gaps
