#pragma once
// A short-lived in-memory copy of recently seen sessions, so that a burst of requests from one
// browser costs one session lookup instead of three queries each, and one scope (policy.hpp)
// instead of one per request. Entries live `ttl` at most: a session ended or an account disabled
// on another server is honoured within that delay; on this server, sign-out drops the entry at
// once, a changed account its user's entries, a changed program every scope. Principals and
// scopes are shared, never copied per request.
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "auth/principal.hpp"
#include "db/scope.hpp"

namespace filet::auth {

class SessionCache {
 public:
  explicit SessionCache(std::chrono::milliseconds ttl) : ttl_(ttl) {}
  std::shared_ptr<const Principal> find(const std::string& token_hash);
  void put(const std::string& token_hash, std::shared_ptr<const Principal> principal);
  // The scope made for this very principal (null when none yet, or the entry changed since).
  std::shared_ptr<const db::Scope> find_scope(const Principal& principal);
  // Read before making a scope, given back to put_scope: a scope made while programs changed
  // (forget_scopes in between) is not kept.
  uint64_t scope_generation();
  void put_scope(const Principal& principal, std::shared_ptr<const db::Scope> scope, uint64_t generation);
  void forget(const std::string& token_hash);
  void forget_user(const std::string& user_id);
  // Every scope (kept principals stay): after a program changed, coordinators' scopes may differ.
  void forget_scopes();

 private:
  struct Entry {
    std::shared_ptr<const Principal> principal;
    std::shared_ptr<const db::Scope> scope;
    std::chrono::steady_clock::time_point expires;
  };
  // The live entry of this principal's session holding this very principal, or null.
  Entry* entry_of(const Principal& principal);
  std::chrono::milliseconds ttl_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  uint64_t scope_generation_ = 0;
};

}  // namespace filet::auth
