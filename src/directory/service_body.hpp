#pragma once
// Decodes the JSON body of a service create or update (docs/directory-api.md) into a typed change.
#include <boost/json.hpp>

#include "directory/directory_service.hpp"

namespace filet::directory {
Result<ServiceChanges> decode_service(const boost::json::object& body, bool creating);
}
