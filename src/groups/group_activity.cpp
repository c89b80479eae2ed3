#include "groups/group_activity.hpp"

#include <algorithm>
#include <map>

#include "groups/group.hpp"

namespace filet::groups {
namespace {

size_t kind_rank(const std::string& kind) {
  const auto* at = std::ranges::find(kGroupKinds, kind);
  return static_cast<size_t>(at - std::begin(kGroupKinds));
}

}  // namespace

std::vector<ActivityRow> group_activity(const std::vector<SessionTally>& sessions,
                                        const std::vector<AttendanceTally>& attendance) {
  std::map<std::pair<std::string, size_t>, ActivityRow> rows;
  auto row = [&](const std::string& period, const std::string& kind) -> ActivityRow& {
    auto& r = rows[{period, kind_rank(kind)}];
    r.period = period;
    r.kind = kind;
    return r;
  };
  for (const auto& s : sessions) row(s.period, s.kind).sessions = s;
  for (const auto& a : attendance) row(a.period, a.kind).attendance = a;
  std::vector<ActivityRow> out;
  for (auto& [key, r] : rows) out.push_back(std::move(r));
  return out;
}

}  // namespace filet::groups
