#pragma once
// A family's timeline in date order: contacts, the needs first addressed, consents given and
// withdrawn, check-ins (referrals will join when their module lands). Pure: built from the records.
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "common/fields.hpp"
#include "families/check_in.hpp"
#include "families/consent.hpp"
#include "families/contact.hpp"

namespace filet::families {

struct TimelineEvent {
  std::string date;       // YYYY-MM-DD
  std::string kind;       // contact, need, consent_given, consent_withdrawn, check_in
  std::string record_id;  // the contact, consent or check-in
  std::string detail;     // the need's id, the consent's purpose, the contact's mode; "" for check-ins
};

inline constexpr std::string_view kTimelineKinds[] = {"contact", "need", "consent_given", "consent_withdrawn",
                                                      "check_in"};

// Events oldest first; on one day: consents given, contacts, needs, check-ins, consents withdrawn.
std::vector<TimelineEvent> build_timeline(const std::vector<Contact>& contacts, const std::vector<Consent>& consents,
                                          const std::vector<CheckIn>& check_ins);

struct Timeline {
  std::string family_id;
  std::vector<TimelineEvent> events;
  std::vector<Contact> contacts;
  std::vector<Consent> consents;
  std::vector<CheckIn> check_ins;
};

extern const fields::Description kTimelineFields;
boost::json::object to_json(const Timeline& t);

}  // namespace filet::families
