#pragma once
// Sign-in, sessions and their timeouts, and the throttling of failed sign-ins.
#include <chrono>
#include <string>

#include "auth/policy.hpp"
#include "auth/principal.hpp"
#include "auth/session_cache.hpp"
#include "auth/sign_in_throttle.hpp"
#include "auth/two_factor_service.hpp"
#include "db/pool.hpp"

namespace filet::auth {

struct SessionPolicy {
  std::chrono::seconds idle_timeout{30 * 60};
  std::chrono::seconds absolute_timeout{12 * 60 * 60};
  ThrottleLimits throttle;
  TwoFactorRule two_factor_rule = TwoFactorRule::admins;
  std::chrono::seconds pending_timeout{5 * 60};  // between the password and the code
  int pending_attempts = 5;                      // codes tried per password
  std::chrono::milliseconds cache_ttl{2000};     // 0 turns the session cache off
};

struct SignedIn {
  Principal principal;
  std::string token;          // goes in the cookie; only its hash is stored. Empty while a code is due
  std::string pending_token;  // the password was right and a second factor is due: not a session
};

class SessionService {
 public:
  // Without `two_factor`, no account is asked for a code (unit tests of sessions alone).
  SessionService(db::Pool& pool, SessionPolicy policy, TwoFactorService* two_factor = nullptr)
      : pool_(pool), policy_(policy), cache_(policy.cache_ttl), throttle_(policy.throttle), two_factor_(two_factor) {}

  // Checks the password (argon2id) unless throttled, then opens a fresh session, or, for an
  // account with two-factor on, a pending sign-in that waits for the code.
  Result<SignedIn> sign_in(const std::string& email, const std::string& password, const std::string& address,
                           const std::string& request_id);
  // The second step: a code or a recovery code for a pending sign-in, then a fresh session.
  Result<SignedIn> complete_sign_in(const std::string& pending_token, const Proof& proof, const std::string& address,
                                    const std::string& request_id);
  // The principal of a live session; touches its last-seen time at most once a minute.
  Result<std::shared_ptr<const Principal>> authenticate(const std::string& token);
  Result<void> sign_out(const Principal& principal, const std::string& request_id);
  Result<Principal> reload(const Principal& principal);
  // The request's scope (policy.hpp), asked once per request by the API's front door; kept with
  // the cached session, so a burst of requests makes it once.
  Result<std::shared_ptr<const db::Scope>> scope_of(const Principal& principal);
  // After the user changed their own record: the principal reloaded (and cached afresh).
  // Drops what this server remembers of a user's sessions (after their account changed).
  void forget_user(const std::string& user_id) { cache_.forget_user(user_id); }
  // Drops every remembered scope (after a program changed: coordinators' scopes follow programs).
  void forget_scopes() { cache_.forget_scopes(); }

 private:
  Result<SignedIn> open_session(db::Connection& c, Principal principal, const std::string& request_id);
  // load_principal, with whether the deployment's rule requires two-factor of them.
  Result<Principal> load(db::Connection& c, const std::string& user_id);
  db::Pool& pool_;
  SessionPolicy policy_;
  SessionCache cache_;
  SignInThrottle throttle_;
  TwoFactorService* two_factor_;
};

// SHA-256-sized BLAKE2b hash of a session token, hex encoded.
std::string token_hash(std::string_view token);

}  // namespace filet::auth
