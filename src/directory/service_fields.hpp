#pragma once
// A directory service's fields as the API takes them (nested phones and weekly schedules
// included), described once: body decoding, labels, OpenAPI schemas, and the HSDS importer's
// checks of the same values.
#include "common/fields.hpp"

namespace filet::directory {

extern const fields::Description kScheduleFields;
extern const fields::Description kPhoneFields;
// A service's body (create, update: the write-only fields) and record (GET, and the answer of
// every change: the read-only fields) in one description; HSDS's own objects inside are open.
extern const fields::Description kServiceFields;
// A search result or a service to verify; the page a family reads (no names, no verification);
// a term of the need taxonomy.
extern const fields::Description kServiceSummaryFields;
extern const fields::Description kPublicServiceFields;
extern const fields::Description kNeedFields;

}  // namespace filet::directory
