#pragma once
// An organization's fields, described once: decoding, labels, OpenAPI schemas and web types.
#include "common/fields.hpp"
#include "core/organization.hpp"

namespace filet::core {

// {id, name} of a record another one points to (territories of an organization...).
extern const fields::Description kNamedRefFields;
extern const fields::Description kOrganizationFields;

Result<OrganizationChanges> decode_organization(const boost::json::object& body, fields::Mode mode);

}  // namespace filet::core
