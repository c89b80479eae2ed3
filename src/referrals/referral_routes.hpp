#pragma once
#include "api/api.hpp"
#include "referrals/referral_service.hpp"

namespace filet::referrals {
// /api/v1/referrals (list: sent and received boxes; get, create, change a draft), a step of the
// loop (POST /api/v1/referrals/{id}/transitions) and the referral's timeline (GET on the same).
void add_referral_routes(api::Api& api, ReferralService& service);
}  // namespace filet::referrals
