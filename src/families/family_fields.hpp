#pragma once
// The fields of a family, described once (decoding, error labels, OpenAPI, web types).
#include "common/fields.hpp"
#include "families/family.hpp"

namespace filet::families {

extern const fields::Description kFamilyFields;
extern const fields::Description kFamilyFilterFields;
Result<FamilyChanges> decode_family(const boost::json::object& body, fields::Mode mode);

}  // namespace filet::families
