#pragma once
// A territory's fields, described once: decoding, labels, OpenAPI schemas and web types.
#include "common/fields.hpp"
#include "core/territory.hpp"

namespace filet::core {

extern const fields::Description kTerritoryFields;
// The list's filters.
extern const fields::Description kTerritoryFilterFields;

Result<TerritoryChanges> decode_territory(const boost::json::object& body, fields::Mode mode);

}  // namespace filet::core
