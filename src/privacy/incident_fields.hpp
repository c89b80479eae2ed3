#pragma once
// An incident's fields, described once: decoding, labels, OpenAPI schemas and web types; and the
// list's filters.
#include "common/fields.hpp"
#include "privacy/incident.hpp"

namespace filet::privacy {

extern const fields::Description kIncidentFields;
// The list's filters besides the listing kit's: organization_id, status, from, to (the period
// the incidents came to the organization's knowledge in).
extern const fields::Description kIncidentFilters;

Result<IncidentChanges> decode_incident(const boost::json::object& body, fields::Mode mode);

}  // namespace filet::privacy
