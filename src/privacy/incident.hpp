#pragma once
// A confidentiality incident, as the register of Quebec's Law 25 records it (Regulation
// respecting confidentiality incidents, s. 2 and 3): when it happened and when the organization
// learned of it, what happened and which personal information, how many persons, the assessment
// of the risk of serious injury, the notices given and the measures taken.
#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "common/error.hpp"

namespace filet::privacy {

inline constexpr std::string_view kIncidentStatuses[] = {"open", "closed"};

struct Incident {
  std::string id;
  std::string organization_id;
  std::string occurred_on;     // the date, or the first day of the period when unknown exactly
  std::string occurred_until;  // the last day of that period; "" for a known date
  std::string discovered_on;   // the day it came to the organization's knowledge
  std::string description;
  std::string information_concerned;  // or why it cannot be described
  int64_t persons_concerned = 0;
  bool persons_estimated = false;  // the number is an estimate
  std::string sensitivity, consequences, likelihood_of_misuse;
  bool serious_risk = false;           // the conclusion of the assessment
  std::string commission_notified_on;  // the Commission d'accès à l'information; "" when not
  std::string persons_notified_on;     // the persons concerned; "" when not
  std::string others_notified;
  std::string measures;
  std::string status = "open";
  std::string created_at;
  std::string updated_at;
  int64_t version = 1;
};

struct IncidentChanges {
  std::optional<std::string> organization_id, occurred_on, occurred_until, discovered_on, description,
      information_concerned, sensitivity, consequences, likelihood_of_misuse, commission_notified_on,
      persons_notified_on, others_notified, measures, status;
  std::optional<int64_t> persons_concerned;
  std::optional<bool> persons_estimated, serious_risk;
  std::optional<int64_t> version;  // the version the change was made against; none: the current one
};

// Applies the changes given (the others keep their value).
void apply(Incident& incident, const IncidentChanges& changes);

// The register's rules on a whole incident, every broken one at once (validation_failed naming
// each field): the period ends on or after its first day; the organization cannot learn of an
// incident before it began; no notice is dated before the organization learned of the incident.
// An incident is often recorded before any notice goes out, so a serious risk asks for nothing at
// each save; but closing one whose risk of serious injury is serious requires both notices' dates
// (the Commission d'accès à l'information and the persons concerned, Law 25, s. 3.5).
Result<void> check_incident(const Incident& incident);

boost::json::object to_json(const Incident& incident);

}  // namespace filet::privacy
