#pragma once
#include "api/api.hpp"
#include "reference/reference_list_service.hpp"

namespace filet::reference {
void add_reference_list_routes(api::Api& api, ReferenceListService& service);
}
