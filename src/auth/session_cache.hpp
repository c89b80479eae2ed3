#pragma once
// A short-lived in-memory copy of recently seen sessions, so that a burst of requests from one
// browser costs one session lookup instead of three queries each. Entries live `ttl` at most:
// a session ended or an account disabled on another server is honoured within that delay; on
// this server, sign-out drops the entry at once.
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "auth/principal.hpp"

namespace filet::auth {

class SessionCache {
 public:
  explicit SessionCache(std::chrono::milliseconds ttl) : ttl_(ttl) {}
  std::optional<Principal> find(const std::string& token_hash);
  void put(const std::string& token_hash, const Principal& principal);
  void forget(const std::string& token_hash);
  void forget_user(const std::string& user_id);

 private:
  struct Entry {
    Principal principal;
    std::chrono::steady_clock::time_point expires;
  };
  std::chrono::milliseconds ttl_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace filet::auth
