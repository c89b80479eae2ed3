#include "groups/group_figures.hpp"

#include <algorithm>
#include <set>

namespace filet::groups {
namespace {

std::optional<double> ratio(int64_t part, int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

bool ever_registered(const ParticipantFact& p) {
  return p.status == "registered" || p.status == "withdrew";
}

Retention retention(const std::vector<ParticipantFact>& participants, const std::vector<SessionFact>& sessions) {
  Retention r;
  const SessionFact* last = nullptr;
  for (const auto& s : sessions)
    if (s.held && (!last || s.number > last->number)) last = &s;
  for (const auto& p : participants) {
    if (!ever_registered(p)) continue;
    ++r.registered;
    if (!last) continue;
    auto found = last->presences.find(p.id);
    if (found != last->presences.end() && found->second == "present") ++r.present_at_last;
  }
  if (last) r.rate = ratio(r.present_at_last, r.registered);
  return r;
}

std::vector<ParticipantShare> participant_shares(const std::vector<ParticipantFact>& participants,
                                                 const std::vector<SessionFact>& sessions) {
  const auto held = std::ranges::count_if(sessions, [](const SessionFact& s) { return s.held; });
  std::vector<ParticipantShare> shares;
  for (const auto& p : participants) {
    ParticipantShare share{p.id, 0, held, std::nullopt};
    for (const auto& s : sessions) {
      if (!s.held) continue;
      auto found = s.presences.find(p.id);
      if (found != s.presences.end() && found->second == "present") ++share.attended;
    }
    share.share = ratio(share.attended, held);
    shares.push_back(share);
  }
  return shares;
}

std::optional<double> Fidelity::rate() const {
  return ratio(delivered, expected);
}

Fidelity& Fidelity::operator+=(const Fidelity& other) {
  delivered += other.delivered;
  expected += other.expected;
  return *this;
}

Fidelity session_fidelity(const std::vector<std::string>& delivered, const std::vector<std::string>& checklist) {
  const std::set<std::string> items(checklist.begin(), checklist.end());
  std::set<std::string> done;
  for (const auto& d : delivered)
    if (items.contains(d)) done.insert(d);
  return {static_cast<int64_t>(done.size()), static_cast<int64_t>(items.size())};
}

Fidelity group_fidelity(const std::vector<SessionFact>& sessions, const std::vector<std::string>& checklist) {
  Fidelity total;
  for (const auto& s : sessions)
    if (s.held) total += session_fidelity(s.delivered_items, checklist);
  return total;
}

}  // namespace filet::groups
