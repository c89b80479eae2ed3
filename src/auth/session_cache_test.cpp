#include "auth/session_cache.hpp"

#include <gtest/gtest.h>

#include "auth/policy.hpp"

using namespace filet;
using namespace filet::auth;

namespace {
std::shared_ptr<const Principal> principal(std::string user, std::string hash) {
  Principal p;
  p.user_id = std::move(user);
  p.session_token_hash = std::move(hash);
  return std::make_shared<const Principal>(std::move(p));
}
std::shared_ptr<const db::Scope> some_scope() {
  return std::make_shared<const db::Scope>(ScopeIssuer::for_host());
}
}  // namespace

TEST(SessionCache, SharesThePrincipalAndItsScope) {
  SessionCache cache(std::chrono::seconds(60));
  auto marie = principal("u1", "h1");
  cache.put("h1", marie);
  EXPECT_EQ(cache.find("h1"), marie);
  EXPECT_EQ(cache.find("h2"), nullptr);
  EXPECT_EQ(cache.find_scope(*marie), nullptr);
  auto scope = some_scope();
  cache.put_scope(*marie, scope, cache.scope_generation());
  EXPECT_EQ(cache.find_scope(*marie), scope);
}

TEST(SessionCache, AScopeBelongsToThePrincipalItWasMadeFrom) {
  SessionCache cache(std::chrono::seconds(60));
  auto before = principal("u1", "h1");
  cache.put("h1", before);
  auto generation = cache.scope_generation();
  auto reloaded = principal("u1", "h1");
  cache.put("h1", reloaded);  // the account changed meanwhile
  cache.put_scope(*before, some_scope(), generation);
  EXPECT_EQ(cache.find_scope(*reloaded), nullptr);
  EXPECT_EQ(cache.find_scope(*before), nullptr);
}

TEST(SessionCache, AChangedProgramDropsEveryScopeAndOnesBeingMade) {
  SessionCache cache(std::chrono::seconds(60));
  auto marie = principal("u1", "h1");
  cache.put("h1", marie);
  cache.put_scope(*marie, some_scope(), cache.scope_generation());
  auto generation = cache.scope_generation();
  cache.forget_scopes();
  EXPECT_EQ(cache.find_scope(*marie), nullptr);
  EXPECT_EQ(cache.find("h1"), marie);
  cache.put_scope(*marie, some_scope(), generation);  // made from programs read before the change
  EXPECT_EQ(cache.find_scope(*marie), nullptr);
  cache.put_scope(*marie, some_scope(), cache.scope_generation());
  EXPECT_NE(cache.find_scope(*marie), nullptr);
}

TEST(SessionCache, ForgetsASessionOrAUser) {
  SessionCache cache(std::chrono::seconds(60));
  cache.put("h1", principal("u1", "h1"));
  cache.put("h2", principal("u1", "h2"));
  cache.put("h3", principal("u2", "h3"));
  cache.forget("h3");
  EXPECT_EQ(cache.find("h3"), nullptr);
  cache.forget_user("u1");
  EXPECT_EQ(cache.find("h1"), nullptr);
  EXPECT_EQ(cache.find("h2"), nullptr);
}

TEST(SessionCache, ATtlOfZeroKeepsNothing) {
  SessionCache cache(std::chrono::milliseconds(0));
  auto marie = principal("u1", "h1");
  cache.put("h1", marie);
  EXPECT_EQ(cache.find("h1"), nullptr);
  cache.put_scope(*marie, some_scope(), cache.scope_generation());
  EXPECT_EQ(cache.find_scope(*marie), nullptr);
}
