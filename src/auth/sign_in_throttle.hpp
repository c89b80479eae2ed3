#pragma once
// Throttling of password checks that an attacker cannot turn against the account's owner.
//
// Three counters, each with its own window: the address (any account), the account from that
// address, and the account from every address (higher and slower). A sign-in first reserves
// one attempt on each, in that order, stopping at the first counter over its limit, so that
// attempts refused from one address never count against the account as a whole. A reservation
// is one atomic statement, so parallel requests cannot check more passwords than the limit.
#include <chrono>
#include <string>

#include "db/database.hpp"

namespace filet::auth {

struct ThrottleLimits {
  int per_address = 30;
  std::chrono::seconds address_window{15 * 60};
  int per_account_and_address = 5;
  std::chrono::seconds account_and_address_window{15 * 60};
  int per_account = 50;
  std::chrono::seconds account_window{60 * 60};
};

class SignInThrottle {
 public:
  explicit SignInThrottle(ThrottleLimits limits) : limits_(limits) {}

  // True when the password may be checked; the attempt then counts until `succeeded`.
  Result<bool> reserve(db::Connection& c, const std::string& account, const std::string& address) const;
  // A right password (and code): its `attempts` reservations were not failures, and the account
  // is free from that address.
  Result<void> succeeded(db::Connection& c, const std::string& account, const std::string& address,
                         int attempts = 1) const;

 private:
  ThrottleLimits limits_;
};

}  // namespace filet::auth
