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
  EXPECT_EQ((*found)->email, "marie@exemple.ca");
  ASSERT_TRUE(sessions.sign_out(**found, "r3"));
  EXPECT_EQ(sessions.authenticate(first->token).error().code, ErrorCode::unauthenticated);
  EXPECT_TRUE(sessions.authenticate(second->token));
}

TEST_P(SessionServiceTest, WrongPasswordsFromOneAddressDoNotLockTheOwnerOut) {
  SessionService sessions(pool(), {});
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(sessions.sign_in("marie@exemple.ca", "mauvais mot de passe", "10.0.0.1", "r").error().code,
              ErrorCode::invalid_credentials);
  // From that address, even the right password is refused while throttled...
  EXPECT_EQ(sessions.sign_in("marie@exemple.ca", "un mot de passe long", "10.0.0.1", "r").error().code,
            ErrorCode::too_many_attempts);
  // ...but the owner, from their own address, signs in.
  EXPECT_TRUE(sessions.sign_in("marie@exemple.ca", "un mot de passe long", "10.0.0.2", "r"));
}

TEST_P(SessionServiceTest, ManyAddressesReachTheHigherAccountWideLimit) {
  SessionPolicy policy;
  policy.throttle.per_account = 8;
  SessionService sessions(pool(), policy);
  int checked = 0;
  for (int i = 0; i < 12; ++i) {
    auto r = sessions.sign_in("marie@exemple.ca", "mauvais mot de passe", "10.0.1." + std::to_string(i % 4), "r");
    if (r.error().code == ErrorCode::invalid_credentials) ++checked;
  }
  EXPECT_EQ(checked, 8) << "no more password checks than the account-wide limit";
  EXPECT_EQ(sessions.sign_in("marie@exemple.ca", "un mot de passe long", "10.0.1.9", "r").error().code,
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
