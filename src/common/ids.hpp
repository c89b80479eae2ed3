#pragma once
// Record ids are random UUIDs (v4) in text form, the same on SQLite and PostgreSQL and in HSDS.
#include <string>
#include <string_view>

namespace filet::ids {
std::string new_uuid();
bool is_uuid(std::string_view s);
// A random URL-safe token of `bytes` random bytes (sessions, CSRF, request ids).
std::string random_token(size_t bytes);
}  // namespace filet::ids
