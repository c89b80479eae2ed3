#pragma once
// JSON Schemas (OpenAPI 3.0 dialect) made from field descriptions: the request bodies of create
// and update (required-ness differs), the record a response carries, and a page of records.
#include <boost/json.hpp>
#include <vector>

#include "common/fields.hpp"

namespace filet::fields {

enum class Purpose { create, update, record };

// The schema of one field's value.
boost::json::object value_schema(const Field& field, Purpose purpose);
// The schema of a whole body or record: records are strict (every readable field present, no
// other), so an encoder that drifts from its description fails the response tests.
boost::json::object object_schema(const Description& description, Purpose purpose);
// The same, limited to the fields named `only` (a route that changes part of a record).
boost::json::object object_schema(const Description& description, Purpose purpose,
                                  std::span<const std::string_view> only);
// {items, total, page, per_page} around records of the component `record_ref`.
boost::json::object page_schema(std::string_view record_component);
// The descriptions of the records nested in `description`'s responses, each once, deepest too:
// each is a component schema of its own.
void nested_records(const Description& description, std::vector<const Description*>& out);
// A query parameter of the OpenAPI document for a field.
boost::json::object query_parameter(const Field& field);

}  // namespace filet::fields
