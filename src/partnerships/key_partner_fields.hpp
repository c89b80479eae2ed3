#pragma once
// A key partner's fields, described once (decoding, labels, OpenAPI schemas, web types), the
// list's filters and the summary's query and response.
#include <boost/json/object.hpp>

#include "common/fields.hpp"
#include "partnerships/key_partner.hpp"

namespace filet::partnerships {

extern const fields::Description kKeyPartnerFields;
extern const fields::Description kKeyPartnerFilters;
extern const fields::Description kKeyPartnerSummaryQuery;
extern const fields::Description kKeyPartnerExportQuery;  // format (csv|xlsx), lang (fr|en)
// The summary's response and its parts (for the OpenAPI document).
extern const fields::Description kKeyPartnerCount, kKeyPartnerCategoryRow, kKeyPartnerCriterionRow, kKeyPartnerSummary;

Result<KeyPartnerChanges> decode_key_partner(const boost::json::object& body, fields::Mode mode);
boost::json::object to_json(const KeyPartner& k);

}  // namespace filet::partnerships
