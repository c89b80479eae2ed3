#pragma once
#include "api/api.hpp"
#include "gaps/gap_service.hpp"

namespace filet::gaps {
// /api/v1/service-gaps (list, get, create, change, delete: the organization's practitioners and
// managers), the proposal from a referral (GET /api/v1/service-gaps/proposal?referral_id=), the
// register (GET /api/v1/service-gaps/register) and its download (…/register/export).
void add_gap_routes(api::Api& api, GapService& service);
}  // namespace filet::gaps
