#pragma once
// A networking entry (réseautage: making the outreach work known to the organizations around
// it): the organization reached (one of Filet's, or a name typed in), its category, the kind of
// activity, who took part, and how effective it was.
#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "common/error.hpp"
#include "common/fields.hpp"
#include "journal/journal_entry.hpp"

namespace filet::journal {

inline constexpr std::string_view kParticipants[] = {"outreach_worker", "manager", "both"};

struct NetworkingEntry : EntryBase {
  std::string partner_organization_id;  // one of Filet's organizations, or
  std::string partner_organization_name;
  std::string partner_name;  // the name typed when it is not in Filet (exactly one of the two)
  std::string category;      // reference list organization_category
  std::string activity;      // reference list networking_activity
  std::string participants;  // kParticipants
};

struct NetworkingChanges : EntryBaseChanges {
  std::optional<std::string> partner_organization_id, partner_name, category, activity, participants;
};

struct NetworkingFilter : EntryFilter {
  std::string category;
  std::string activity;
};

extern const fields::Description kNetworkingFields;
extern const fields::Description kNetworkingFilterFields;

boost::json::object to_json(const NetworkingEntry& e);
Result<NetworkingChanges> decode_networking(const boost::json::object& body, fields::Mode mode);
void apply(NetworkingEntry& e, const NetworkingChanges& changes);
// Exactly one of the organization and the typed name.
Result<void> check(const NetworkingEntry& e);

}  // namespace filet::journal
