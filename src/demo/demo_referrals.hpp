#pragma once
// The demo's referrals (issue 12, item 7): every demo family whose consent lets it be referred to
// a partner organization is referred there once, with a realistic spread of outcomes — most
// completed, declines for waiting lists and eligibility, a few withdrawals, no-shows and
// cancellations, recent ones still under way — each step dated and in the loop's order; some
// families without that consent get "information given" referrals, with nothing sent. From a
// fixed seed, dated before today.
#include "db/pool.hpp"

namespace filet::demo {

// Records the referrals; returns how many.
Result<int> load_demo_referrals(db::Pool& pool);

}  // namespace filet::demo
