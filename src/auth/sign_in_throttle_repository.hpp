#pragma once
// The SQL of sign-in throttling: counters of attempts per subject and window.
#include <cstdint>
#include <string>

#include "db/database.hpp"

namespace filet::auth::sign_in_throttle_repository {

// Counts one attempt on `subject` (a new window when the one that started at or before
// `expired_before` is over) and returns the count, in one statement: concurrent reservations
// each see a different count.
Result<int64_t> count_attempt(db::Connection& c, const std::string& subject, int64_t now, int64_t expired_before);
// Forgets the counters whose window started before `before`.
Result<void> forget_older(db::Connection& c, int64_t before);
Result<void> forget(db::Connection& c, const std::string& subject);
// Gives back `attempts` on two subjects (never below zero).
Result<void> give_back(db::Connection& c, int64_t attempts, const std::string& subject_1, const std::string& subject_2);

}  // namespace filet::auth::sign_in_throttle_repository
