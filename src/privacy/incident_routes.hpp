#pragma once
#include "api/api.hpp"
#include "privacy/incident_service.hpp"

namespace filet::privacy {
void add_incident_routes(api::Api& api, IncidentService& service);
}
