#pragma once
// The fields of a meeting's record, described once (decoding, labels, OpenAPI, web types), and
// of the yearly activity report of groups.
#include <boost/json/object.hpp>

#include "common/fields.hpp"
#include "groups/minutes.hpp"

namespace filet::groups {

extern const fields::Description kMinutesFields;
extern const fields::Description kDecisionFields;
extern const fields::Description kActivityQueryFields;
extern const fields::Description kActivityFields;

// The body of PUT /api/v1/group-sessions/{id}/minutes (its version taken out before).
Result<SessionMinutes> decode_minutes(const boost::json::object& body);
boost::json::object to_json(const SessionMinutes& m);

}  // namespace filet::groups
