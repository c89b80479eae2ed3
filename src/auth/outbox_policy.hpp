#pragma once
// The policy's rule for a phone's outbox (POST /api/v1/batch), implemented in policy.cpp with the
// others; declared apart so that the many users of policy.hpp do not depend on it.
#include "auth/principal.hpp"
#include "common/error.hpp"

namespace filet::auth {

// Who records on a phone, online or not, may send what it kept: those who record the journal and
// families (practitioners, managers) and the groups' facilitators (attendance, logbooks). Each
// item still passes its own route's rules.
Result<void> may_send_outbox(const Principal* principal);

}  // namespace filet::auth
