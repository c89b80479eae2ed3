#pragma once
// The id the server gives each request (X-Request-Id, logs, the audit log's entries): 16
// URL-safe characters from 12 random bytes, like ids::random_token(12), without a system call.
#include <string>

namespace filet::ids {
std::string request_id();
}  // namespace filet::ids
