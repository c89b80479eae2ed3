#pragma once
#include "api/api.hpp"
#include "core/program_service.hpp"

namespace filet::core {
void add_program_routes(api::Api& api, ProgramService& service);
}
