#pragma once
#include "api/api.hpp"
#include "groups/material_service.hpp"

namespace filet::groups {

// A program's session in detail, its materials (upload, removal, download) and a group's
// participant notebook.
void add_material_routes(api::Api& api, MaterialService& materials);

}  // namespace filet::groups
