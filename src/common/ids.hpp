#pragma once
// Record ids are random UUIDs (v4) in text form, the same on SQLite and PostgreSQL and in HSDS.
#include <string>
#include <string_view>

namespace filet::ids {
std::string new_uuid();
// A UUID derived from `seed` (BLAKE2b), the same every time: ids of records Filet derives, such
// as the HSDS attribute linking a service to a need, stay stable from one export to the next.
std::string derived_uuid(std::string_view seed);
bool is_uuid(std::string_view s);
// A random URL-safe token of `bytes` random bytes (sessions, CSRF; request ids: request_id.hpp).
std::string random_token(size_t bytes);
}  // namespace filet::ids
