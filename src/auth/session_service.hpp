#pragma once
// Sign-in, sessions and their timeouts, and the throttling of failed sign-ins.
#include <chrono>
#include <string>

#include "auth/principal.hpp"
#include "auth/session_cache.hpp"
#include "auth/sign_in_throttle.hpp"
#include "db/pool.hpp"

namespace filet::auth {

struct SessionPolicy {
  std::chrono::seconds idle_timeout{30 * 60};
  std::chrono::seconds absolute_timeout{12 * 60 * 60};
  ThrottleLimits throttle;
  std::chrono::milliseconds cache_ttl{2000};  // 0 turns the session cache off
};

struct SignedIn {
  Principal principal;
  std::string token;  // goes in the cookie; only its hash is stored
};

class SessionService {
 public:
  SessionService(db::Pool& pool, SessionPolicy policy)
      : pool_(pool), policy_(policy), cache_(policy.cache_ttl), throttle_(policy.throttle) {}

  // Checks the password (argon2id) unless the account or address is throttled, then opens a
  // fresh session.
  Result<SignedIn> sign_in(const std::string& email, const std::string& password, const std::string& address,
                           const std::string& request_id);
  // The principal of a live session; touches its last-seen time at most once a minute.
  Result<Principal> authenticate(const std::string& token);
  Result<void> sign_out(const Principal& principal, const std::string& request_id);
  Result<Principal> reload(const Principal& principal);  // after the user changed their own record
  // Drops what this server remembers of a user's sessions (after their account changed).
  void forget_user(const std::string& user_id) { cache_.forget_user(user_id); }

 private:
  db::Pool& pool_;
  SessionPolicy policy_;
  SessionCache cache_;
  SignInThrottle throttle_;
};

// SHA-256-sized BLAKE2b hash of a session token, hex encoded.
std::string token_hash(std::string_view token);
// Reads the user row and memberships behind a principal.
Result<Principal> load_principal(db::Connection& c, const std::string& user_id);

}  // namespace filet::auth
