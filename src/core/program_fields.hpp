#pragma once
// A program's fields, described once: decoding, labels, OpenAPI schemas and web types.
#include "common/fields.hpp"
#include "core/program.hpp"

namespace filet::core {

extern const fields::Description kProgramFields;

Result<ProgramChanges> decode_program(const boost::json::object& body, fields::Mode mode);

}  // namespace filet::core
