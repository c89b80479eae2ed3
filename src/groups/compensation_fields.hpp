#pragma once
// The fields of compensation, described once (decoding, labels, OpenAPI schemas, web types), the
// list's filter, the totals' query and their JSON.
#include <boost/json/object.hpp>

#include "common/fields.hpp"
#include "groups/compensation.hpp"

namespace filet::groups {

extern const fields::Description kCompensationFields;
extern const fields::Description kCompensationTotalsFields;
extern const fields::Description kCompensationTotalsQueryFields;  // program_id

Result<CompensationChanges> decode_compensation(const boost::json::object& body, fields::Mode mode);
boost::json::object to_json(const Compensation& k);
boost::json::object to_json(const CompensationTotals& t);

}  // namespace filet::groups
