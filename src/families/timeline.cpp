#include "families/timeline.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <map>

namespace filet::families {
using fields::Access;
using fields::Type;
namespace {

int day_order(const std::string& kind) {
  if (kind == "consent_given") return 0;
  if (kind == "contact") return 1;
  if (kind == "need") return 2;
  if (kind == "check_in") return 3;
  return 4;
}

const fields::Description kTimelineEventFields{
    "FamilyTimelineEvent",
    {{.name = "date", .type = Type::date, .access = Access::read_only},
     {.name = "kind", .type = Type::choice, .choices = kTimelineKinds, .access = Access::read_only},
     {.name = "record_id", .type = Type::id, .access = Access::read_only},
     {.name = "detail", .type = Type::text, .nullable = true, .access = fields::Access::read_only}}};

}  // namespace

std::vector<TimelineEvent> build_timeline(const std::vector<Contact>& contacts, const std::vector<Consent>& consents,
                                          const std::vector<CheckIn>& check_ins) {
  std::vector<TimelineEvent> events;
  std::map<std::string, TimelineEvent> first_need;  // need id -> the first contact that addressed it
  for (const auto& c : contacts) {
    events.push_back({c.contact_date, "contact", c.id, c.mode});
    for (const auto& need : c.need_ids) {
      auto it = first_need.find(need);
      if (it == first_need.end() || c.contact_date < it->second.date)
        first_need[need] = {c.contact_date, "need", c.id, need};
    }
  }
  for (auto& [need, event] : first_need) events.push_back(event);
  for (const auto& c : consents) {
    events.push_back({c.given_on, "consent_given", c.id, c.purpose});
    if (!c.withdrawn_on.empty()) events.push_back({c.withdrawn_on, "consent_withdrawn", c.id, c.purpose});
  }
  for (const auto& c : check_ins) events.push_back({c.check_date, "check_in", c.id, ""});
  std::stable_sort(events.begin(), events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
    if (a.date != b.date) return a.date < b.date;
    if (day_order(a.kind) != day_order(b.kind)) return day_order(a.kind) < day_order(b.kind);
    return a.detail < b.detail;
  });
  return events;
}

const fields::Description kTimelineFields{
    "FamilyTimeline",
    {{.name = "family_id", .type = Type::id, .access = Access::read_only},
     {.name = "events", .type = Type::object_list, .access = Access::read_only, .nested = &kTimelineEventFields},
     {.name = "contacts", .type = Type::object_list, .access = Access::read_only, .nested = &kContactFields},
     {.name = "consents", .type = Type::object_list, .access = Access::read_only, .nested = &kConsentFields},
     {.name = "check_ins", .type = Type::object_list, .access = Access::read_only, .nested = &kCheckInFields}}};

boost::json::object to_json(const Timeline& t) {
  boost::json::array events, contacts, consents, check_ins;
  for (const auto& e : t.events) {
    boost::json::value detail = nullptr;
    if (!e.detail.empty()) detail = boost::json::string(e.detail);
    events.push_back({{"date", e.date}, {"kind", e.kind}, {"record_id", e.record_id}, {"detail", detail}});
  }
  for (const auto& c : t.contacts) contacts.push_back(to_json(c));
  for (const auto& c : t.consents) consents.push_back(to_json(c));
  for (const auto& c : t.check_ins) check_ins.push_back(to_json(c));
  return {{"family_id", t.family_id},
          {"events", std::move(events)},
          {"contacts", std::move(contacts)},
          {"consents", std::move(consents)},
          {"check_ins", std::move(check_ins)}};
}

}  // namespace filet::families
