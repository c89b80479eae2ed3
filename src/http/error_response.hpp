#pragma once
// Turns an Error into the JSON body every client reads: code, French and English messages,
// field-level details and the request id.
#include "common/error.hpp"
#include "http/message.hpp"

namespace filet::http {
Response error_response(const Error& error, const std::string& request_id);
}  // namespace filet::http
