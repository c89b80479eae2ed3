#pragma once
// The signed-in account's two-factor sign-in: status, enrolment, confirmation, new recovery
// codes, disabling (/api/v1/me/two-factor...).
#include "api/api.hpp"
#include "auth/session_service.hpp"
#include "auth/two_factor_service.hpp"

namespace filet::auth {
void add_two_factor_routes(api::Api& api, TwoFactorService& two_factor, SessionService& sessions);
}
