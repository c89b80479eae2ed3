#pragma once
// The network map's query and response, described once (OpenAPI schemas, web types).
#include "common/fields.hpp"

namespace filet::network {

extern const fields::Description kNetworkMapQuery;
extern const fields::Description kNetworkMapFields;

}  // namespace filet::network
