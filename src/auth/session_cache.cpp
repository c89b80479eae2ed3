#include "auth/session_cache.hpp"

namespace filet::auth {

std::shared_ptr<const Principal> SessionCache::find(const std::string& token_hash) {
  if (ttl_.count() <= 0) return nullptr;
  std::lock_guard lock(mutex_);
  auto it = entries_.find(token_hash);
  if (it == entries_.end()) return nullptr;
  if (it->second.expires < std::chrono::steady_clock::now()) {
    entries_.erase(it);
    return nullptr;
  }
  return it->second.principal;
}

void SessionCache::put(const std::string& token_hash, std::shared_ptr<const Principal> principal) {
  if (ttl_.count() <= 0) return;
  auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  // Bound the memory: expired entries go whenever the map grows large.
  if (entries_.size() > 10'000) std::erase_if(entries_, [&](const auto& e) { return e.second.expires < now; });
  entries_[token_hash] = {std::move(principal), nullptr, now + ttl_};
}

SessionCache::Entry* SessionCache::entry_of(const Principal& principal) {
  auto it = entries_.find(principal.session_token_hash);
  // A scope belongs to the principal it was made from: not to a newer one of the same session.
  if (it == entries_.end() || it->second.principal.get() != &principal) return nullptr;
  return &it->second;
}

std::shared_ptr<const db::Scope> SessionCache::find_scope(const Principal& principal) {
  std::lock_guard lock(mutex_);
  Entry* entry = entry_of(principal);
  return entry ? entry->scope : nullptr;
}

uint64_t SessionCache::scope_generation() {
  std::lock_guard lock(mutex_);
  return scope_generation_;
}

void SessionCache::put_scope(const Principal& principal, std::shared_ptr<const db::Scope> scope, uint64_t generation) {
  std::lock_guard lock(mutex_);
  if (generation != scope_generation_) return;
  if (Entry* entry = entry_of(principal)) entry->scope = std::move(scope);
}

void SessionCache::forget(const std::string& token_hash) {
  std::lock_guard lock(mutex_);
  entries_.erase(token_hash);
}

void SessionCache::forget_user(const std::string& user_id) {
  std::lock_guard lock(mutex_);
  std::erase_if(entries_, [&](const auto& e) { return e.second.principal->user_id == user_id; });
}

void SessionCache::forget_scopes() {
  std::lock_guard lock(mutex_);
  ++scope_generation_;
  for (auto& [hash, entry] : entries_) entry.scope.reset();
}

}  // namespace filet::auth
