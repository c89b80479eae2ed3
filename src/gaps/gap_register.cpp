#include "gaps/gap_register.hpp"

#include <algorithm>
#include <boost/json/array.hpp>
#include <set>

#include "common/small_counts.hpp"
#include "gaps/gap.hpp"

namespace filet::gaps {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::value;

// Counts a family once per key, and every gap without a family once.
class Units {
 public:
  void add(const std::string& key, const GapFact& f) {
    if (f.family_id.empty())
      ++without_family_[key];
    else
      families_[key].insert(f.family_id);
  }
  int64_t count(const std::string& key) const {
    int64_t n = 0;
    if (auto it = families_.find(key); it != families_.end()) n += static_cast<int64_t>(it->second.size());
    if (auto it = without_family_.find(key); it != without_family_.end()) n += it->second;
    return n;
  }
  Tally tally() const {
    std::set<std::string> keys;
    for (const auto& [k, _] : families_) keys.insert(k);
    for (const auto& [k, _] : without_family_) keys.insert(k);
    Tally out;
    for (const auto& k : keys) out.emplace_back(k, count(k));
    return out;
  }

 private:
  std::map<std::string, std::set<std::string>> families_;
  std::map<std::string, int64_t> without_family_;
};

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

Register aggregate(const std::vector<GapFact>& facts, const std::string& quarter) {
  Register r;
  Units quarters;
  std::map<std::string, Heading> needs, territories;
  std::vector<const GapFact*> kept;
  for (const auto& f : facts) {
    quarters.add(quarter_of(f.gap_date), f);
    if (!quarter.empty() && quarter_of(f.gap_date) != quarter) continue;
    kept.push_back(&f);
    needs.try_emplace(f.need_id, Heading{f.need_id, f.need_name, ""});
    territories.try_emplace(f.territory_id, Heading{f.territory_id, f.territory_name, f.setting});
  }
  r.by_quarter = quarters.tally();
  r.needs = headings(std::move(needs));
  r.territories = headings(std::move(territories));
  std::map<std::string, size_t> row_of, column_of;
  for (size_t i = 0; i < r.needs.size(); ++i) row_of[r.needs[i].id] = i;
  for (size_t j = 0; j < r.territories.size(); ++j) column_of[r.territories[j].id] = j;
  const size_t columns = r.territories.size();
  std::vector<Units> cells(r.needs.size() * columns);
  std::vector<std::map<std::string, int64_t>> reasons(cells.size());
  Units by_reason, by_setting;
  for (const auto* f : kept) {
    size_t at = row_of[f->need_id] * columns + column_of[f->territory_id];
    cells[at].add("", *f);
    ++reasons[at][f->reason];
    by_reason.add(f->reason, *f);
    by_setting.add(f->setting, *f);
  }
  r.counts.assign(r.needs.size(), std::vector<int64_t>(columns, 0));
  r.top_reasons.assign(r.needs.size(), std::vector<std::string>(columns));
  for (size_t i = 0; i < r.needs.size(); ++i)
    for (size_t j = 0; j < columns; ++j) {
      const size_t at = i * columns + j;
      r.counts[i][j] = cells[at].count("");
      // The most frequent reason; on a tie the first code in alphabetical order.
      int64_t best = 0;
      for (const auto& [code, n] : reasons[at])
        if (n > best) {
          best = n;
          r.top_reasons[i][j] = code;
        }
    }
  r.by_reason = by_reason.tally();
  r.by_setting = by_setting.tally();
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
