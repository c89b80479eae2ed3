#include "auth/sign_in_throttle.hpp"

#include <algorithm>

#include "auth/sign_in_throttle_repository.hpp"
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

Result<int64_t> count_attempt(db::Connection& c, const std::string& subject, std::chrono::seconds window) {
  int64_t now = clock::now_epoch();
  return sign_in_throttle_repository::count_attempt(c, subject, now, now - window.count());
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
  TRY_VOID(sign_in_throttle_repository::forget_older(c, clock::now_epoch() - longest));
  return true;
}

Result<void> SignInThrottle::succeeded(db::Connection& c, const std::string& account, const std::string& address,
                                       int attempts) const {
  TRY_VOID(sign_in_throttle_repository::forget(c, pair_subject(account, address)));
  return sign_in_throttle_repository::give_back(c, attempts, address_subject(address), account_subject(account));
}

}  // namespace filet::auth
