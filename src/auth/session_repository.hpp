#pragma once
// The SQL of sign-in and sessions: accounts by e-mail, principals, pending sign-ins, sessions.
#include <cstdint>
#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "db/database.hpp"

namespace filet::auth::session_repository {

struct Credentials {
  std::string user_id, password_hash;
};
// The active account with this (folded) e-mail, if any.
Result<std::optional<Credentials>> active_credentials(db::Connection& c, const std::string& email);
// The user row and memberships behind a principal; unauthenticated for a missing or disabled account.
Result<Principal> load_principal(db::Connection& c, const std::string& user_id);

struct PendingSignIn {
  std::string user_id, email;
  int64_t created_epoch = 0, attempts = 0;
};
Result<void> add_pending(db::Connection& c, const std::string& token_hash, const std::string& user_id, int64_t now,
                         int64_t expired_before);
Result<std::optional<PendingSignIn>> find_pending(db::Connection& c, const std::string& token_hash);
Result<void> count_pending_attempt(db::Connection& c, const std::string& token_hash);
Result<void> delete_pending(db::Connection& c, const std::string& token_hash);

struct SessionRow {
  std::string user_id, csrf_token;
  int64_t created_epoch = 0, last_seen_epoch = 0;
};
Result<void> add_session(db::Connection& c, const std::string& token_hash, const std::string& user_id,
                         const std::string& csrf_token, int64_t now);
Result<std::optional<SessionRow>> find_session(db::Connection& c, const std::string& token_hash);
Result<void> touch_session(db::Connection& c, const std::string& token_hash, int64_t now);
Result<void> delete_session(db::Connection& c, const std::string& token_hash);

}  // namespace filet::auth::session_repository
