#include "families/family.hpp"

#include "core/json_output.hpp"

#include <boost/json.hpp>

#include "common/clock.hpp"

namespace filet::families {
using core::nullable;
namespace json = boost::json;
namespace {

json::array strings(const std::vector<std::string>& values) {
  json::array out;
  for (const auto& v : values) out.push_back(json::string(v));
  return out;
}

}  // namespace

bool aged_5_or_less(const Child& child, int64_t year, int64_t month) {
  int64_t months = (year - child.birth_year) * 12 + (month - child.birth_month);
  return months < 72;
}

json::object to_json(const Family& f) {
  std::string today = clock::now_iso();
  int64_t year = std::stoll(today.substr(0, 4)), month = std::stoll(today.substr(5, 2));
  json::array children;
  int64_t young = 0;
  for (const auto& c : f.children) {
    bool small = aged_5_or_less(c, year, month);
    young += small;
    children.push_back({{"birth_year", c.birth_year}, {"birth_month", c.birth_month}, {"aged_5_or_less", small}});
  }
  json::value arrival = nullptr;
  if (f.arrival_year) arrival = *f.arrival_year;
  return {{"id", f.id},
          {"version", f.version},
          {"organization_id", f.organization_id},
          {"code", nullable(f.code)},
          {"adults", f.adults},
          {"single_parent", f.single_parent},
          {"father_involved", f.father_involved},
          {"children", std::move(children)},
          {"children_5_or_less", young},
          {"languages", strings(f.languages)},
          {"territory_id", nullable(f.territory_id)},
          {"housing", nullable(f.housing)},
          {"arrival_year", arrival},
          {"immigration_status", nullable(f.immigration_status)},
          {"vulnerability_factors", strings(f.vulnerability_factors)},
          {"outreach_strategy", nullable(f.outreach_strategy)},
          {"status", f.status},
          {"closing_reason", nullable(f.closing_reason)},
          {"closed_on", nullable(f.closed_on)},
          {"worker_id", nullable(f.worker_id)},
          {"notes", nullable(f.notes)},
          {"has_identity", f.has_identity},
          {"last_contact_on", nullable(f.last_contact_on)},
          {"created_at", f.created_at},
          {"updated_at", f.updated_at}};
}

}  // namespace filet::families
