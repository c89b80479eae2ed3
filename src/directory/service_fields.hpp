#pragma once
// A directory service's fields as the API takes them (nested phones and weekly schedules
// included), described once: body decoding, labels, OpenAPI schemas, and the HSDS importer's
// checks of the same values.
#include "common/fields.hpp"

namespace filet::directory {

extern const fields::Description kScheduleFields;
extern const fields::Description kPhoneFields;
extern const fields::Description kServiceFields;

}  // namespace filet::directory
