#include "auth/session_service.hpp"

#include <gtest/gtest.h>

#include "core/user_service.hpp"
#include "db/testing/test_database.hpp"

namespace filet::auth {
namespace {

class SessionServiceTest : public testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    core::UserService users(pool());
    core::UserChanges changes;
    changes.email = "Marie@Exemple.ca";
    changes.name = "Marie Tremblay";
    changes.password = "un mot de passe long";
    ASSERT_TRUE(users.create({"", "test", ""}, changes));
  }
};

TEST_P(SessionServiceTest, SignsInWithFreshTokensAndSignsOut) {
  SessionService sessions(pool(), {});
  auto first = sessions.sign_in("marie@exemple.ca", "un mot de passe long", "127.0.0.1", "r1");
  ASSERT_TRUE(first) << first.error().detail;
  auto second = sessions.sign_in("MARIE@exemple.ca ", "un mot de passe long", "127.0.0.1", "r2");
  ASSERT_TRUE(second);
  EXPECT_NE(first->token, second->token);
  EXPECT_NE(first->principal.csrf_token, second->principal.csrf_token);
  auto found = sessions.authenticate(first->token);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->email, "marie@exemple.ca");
  ASSERT_TRUE(sessions.sign_out(*found, "r3"));
  EXPECT_EQ(sessions.authenticate(first->token).error().code, ErrorCode::unauthenticated);
  EXPECT_TRUE(sessions.authenticate(second->token));
}

TEST_P(SessionServiceTest, WrongPasswordsAreThrottledPerAccount) {
  SessionService sessions(pool(), {});
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(
        sessions.sign_in("marie@exemple.ca", "mauvais mot de passe", "10.0.0." + std::to_string(i), "r").error().code,
        ErrorCode::invalid_credentials);
  // Even the right password is refused while the account is throttled.
  EXPECT_EQ(sessions.sign_in("marie@exemple.ca", "un mot de passe long", "10.0.0.9", "r").error().code,
            ErrorCode::too_many_attempts);
}

TEST_P(SessionServiceTest, IdleSessionsExpire) {
  SessionPolicy policy;
  policy.idle_timeout = std::chrono::seconds(-1);
  SessionService sessions(pool(), policy);
  auto signed_in = sessions.sign_in("marie@exemple.ca", "un mot de passe long", "127.0.0.1", "r");
  ASSERT_TRUE(signed_in);
  EXPECT_EQ(sessions.authenticate(signed_in->token).error().code, ErrorCode::unauthenticated);
}

TEST_P(SessionServiceTest, UnknownAccountsLookLikeWrongPasswords) {
  SessionService sessions(pool(), {});
  EXPECT_EQ(sessions.sign_in("personne@exemple.ca", "un mot de passe long", "127.0.0.1", "r").error().code,
            ErrorCode::invalid_credentials);
}

FILET_ON_BOTH_ENGINES(SessionServiceTest);

}  // namespace
}  // namespace filet::auth
