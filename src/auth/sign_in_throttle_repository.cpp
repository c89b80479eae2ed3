#include "auth/sign_in_throttle_repository.hpp"

namespace filet::auth::sign_in_throttle_repository {

Result<int64_t> count_attempt(db::Connection& c, const std::string& subject, int64_t now, int64_t expired_before) {
  auto rows = TRY(c.query(
      "INSERT INTO login_attempts (subject, attempts, window_start_epoch) VALUES (?, 1, ?) "
      "ON CONFLICT (subject) DO UPDATE SET "
      "attempts = CASE WHEN login_attempts.window_start_epoch <= ? THEN 1 ELSE login_attempts.attempts + 1 END, "
      "window_start_epoch = CASE WHEN login_attempts.window_start_epoch <= ? THEN excluded.window_start_epoch "
      "ELSE login_attempts.window_start_epoch END "
      "RETURNING attempts",
      {subject, now, expired_before, expired_before}));
  return rows.front().integer(0);
}

Result<void> forget_older(db::Connection& c, int64_t before) {
  TRY_VOID(c.execute("DELETE FROM login_attempts WHERE window_start_epoch < ?", {before}));
  return {};
}

Result<void> forget(db::Connection& c, const std::string& subject) {
  TRY_VOID(c.execute("DELETE FROM login_attempts WHERE subject = ?", {subject}));
  return {};
}

Result<void> give_back(db::Connection& c, int64_t attempts, const std::string& subject_1,
                       const std::string& subject_2) {
  TRY_VOID(
      c.execute("UPDATE login_attempts SET attempts = CASE WHEN attempts > ? THEN attempts - ? ELSE 0 END WHERE "
                "subject IN (?, ?)",
                {attempts, attempts, subject_1, subject_2}));
  return {};
}

}  // namespace filet::auth::sign_in_throttle_repository
