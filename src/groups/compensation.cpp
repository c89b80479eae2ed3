#include "groups/compensation.hpp"

#include <algorithm>
#include <map>

namespace filet::groups {
namespace {

void add(CompensationTotal& total, const CompensationLine& line) {
  (line.paid ? total.paid_cents : total.to_pay_cents) += line.amount_cents;
  ++total.payments;
}

// By name, the line without an id ("") last.
std::vector<CompensationTotal> sorted(std::map<std::string, CompensationTotal> by_id) {
  std::vector<CompensationTotal> out;
  for (auto& [id, total] : by_id) out.push_back(std::move(total));
  std::ranges::sort(out, [](const CompensationTotal& a, const CompensationTotal& b) {
    if (a.id.empty() != b.id.empty()) return b.id.empty();
    return std::tie(a.name, a.id) < std::tie(b.name, b.id);
  });
  return out;
}

}  // namespace

CompensationTotals compensation_totals(const std::vector<CompensationLine>& lines) {
  std::map<std::string, CompensationTotal> organizations, programs;
  CompensationTotals t;
  for (const auto& line : lines) {
    auto& o = organizations[line.organization_id];
    o.id = line.organization_id;
    o.name = line.organization_name;
    add(o, line);
    auto& p = programs[line.program_id];
    p.id = line.program_id;
    p.name = line.program_name;
    add(p, line);
    add(t.overall, line);
  }
  t.organizations = sorted(std::move(organizations));
  t.programs = sorted(std::move(programs));
  return t;
}

}  // namespace filet::groups
