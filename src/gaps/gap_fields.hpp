#pragma once
// A service gap's fields, described once (decoding, labels, OpenAPI schemas, web types), the
// list's filters, the proposal from a referral and the register's query and response.
#include <boost/json/object.hpp>

#include "common/fields.hpp"
#include "gaps/gap.hpp"

namespace filet::gaps {

extern const fields::Description kGapFields;
extern const fields::Description kGapFilters;
extern const fields::Description kGapProposalFields;
extern const fields::Description kGapProposalQuery;
extern const fields::Description kGapRegisterQuery;
extern const fields::Description kGapExportQuery;
// The register's response and its parts (for the OpenAPI document).
extern const fields::Description kGapRegisterCount, kGapRegisterNeed, kGapRegisterTerritory, kGapRegisterCell,
    kGapRegisterTally, kGapRegister;

Result<GapChanges> decode_gap(const boost::json::object& body, fields::Mode mode);
boost::json::object to_json(const Gap& g);

}  // namespace filet::gaps
