#include "auth/sign_in_throttle.hpp"

#include <algorithm>

#include "common/clock.hpp"

namespace filet::auth {
namespace {

std::string address_subject(const std::string& address) {
  return "address:" + address;
}
std::string pair_subject(const std::string& account, const std::string& address) {
  return "account-address:" + account + "|" + address;
}
std::string account_subject(const std::string& account) {
  return "account:" + account;
}

// Counts one attempt on `subject` (a new window when the last one is over) and returns the
// count, in one statement: concurrent reservations each see a different count.
Result<int64_t> count_attempt(db::Connection& c, const std::string& subject, std::chrono::seconds window) {
  int64_t now = clock::now_epoch();
  int64_t expired = now - window.count();
  auto rows = TRY(c.query(
      "INSERT INTO login_attempts (subject, attempts, window_start_epoch) VALUES (?, 1, ?) "
      "ON CONFLICT (subject) DO UPDATE SET "
      "attempts = CASE WHEN login_attempts.window_start_epoch <= ? THEN 1 ELSE login_attempts.attempts + 1 END, "
      "window_start_epoch = CASE WHEN login_attempts.window_start_epoch <= ? THEN excluded.window_start_epoch "
      "ELSE login_attempts.window_start_epoch END "
      "RETURNING attempts",
      {subject, now, expired, expired}));
  return rows.front().integer(0);
}

}  // namespace

Result<bool> SignInThrottle::reserve(db::Connection& c, const std::string& account, const std::string& address) const {
  if (TRY(count_attempt(c, address_subject(address), limits_.address_window)) > limits_.per_address) return false;
  if (TRY(count_attempt(c, pair_subject(account, address), limits_.account_and_address_window)) >
      limits_.per_account_and_address)
    return false;
  if (TRY(count_attempt(c, account_subject(account), limits_.account_window)) > limits_.per_account) return false;
  // Counters of windows long over only matter for their size: keep the table small.
  int64_t longest =
      std::max({limits_.address_window, limits_.account_and_address_window, limits_.account_window}).count();
  TRY_VOID(c.execute("DELETE FROM login_attempts WHERE window_start_epoch < ?", {clock::now_epoch() - longest}));
  return true;
}

Result<void> SignInThrottle::succeeded(db::Connection& c, const std::string& account, const std::string& address,
                                       int attempts) const {
  TRY_VOID(c.execute("DELETE FROM login_attempts WHERE subject = ?", {pair_subject(account, address)}));
  TRY_VOID(
      c.execute("UPDATE login_attempts SET attempts = CASE WHEN attempts > ? THEN attempts - ? ELSE 0 END WHERE "
                "subject IN (?, ?)",
                {attempts, attempts, address_subject(address), account_subject(account)}));
  return {};
}

}  // namespace filet::auth
