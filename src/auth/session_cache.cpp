#include "auth/session_cache.hpp"

namespace filet::auth {

std::optional<Principal> SessionCache::find(const std::string& token_hash) {
  if (ttl_.count() <= 0) return std::nullopt;
  std::lock_guard lock(mutex_);
  auto it = entries_.find(token_hash);
  if (it == entries_.end()) return std::nullopt;
  if (it->second.expires < std::chrono::steady_clock::now()) {
    entries_.erase(it);
    return std::nullopt;
  }
  return it->second.principal;
}

void SessionCache::put(const std::string& token_hash, const Principal& principal) {
  if (ttl_.count() <= 0) return;
  auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  // Bound the memory: expired entries go whenever the map grows large.
  if (entries_.size() > 10'000) std::erase_if(entries_, [&](const auto& e) { return e.second.expires < now; });
  entries_[token_hash] = {principal, now + ttl_};
}

void SessionCache::forget(const std::string& token_hash) {
  std::lock_guard lock(mutex_);
  entries_.erase(token_hash);
}

void SessionCache::forget_user(const std::string& user_id) {
  std::lock_guard lock(mutex_);
  std::erase_if(entries_, [&](const auto& e) { return e.second.principal.user_id == user_id; });
}

}  // namespace filet::auth
