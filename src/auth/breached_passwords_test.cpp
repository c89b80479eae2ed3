#include "auth/breached_passwords.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "auth/password.hpp"

namespace filet::auth {
namespace {

TEST(BreachedPasswords, TheListIsTheTop10000SortedForSearch) {
  EXPECT_GT(kBreachedPasswordCount, 9000u);
  EXPECT_TRUE(std::is_sorted(kBreachedPasswords, kBreachedPasswords + kBreachedPasswordCount));
}

TEST(BreachedPasswords, FindsCommonPasswordsWhateverTheirCase) {
  EXPECT_TRUE(is_breached_password("password"));
  EXPECT_TRUE(is_breached_password("qwerty123456"));
  EXPECT_TRUE(is_breached_password("QWERTY123456"));
  EXPECT_TRUE(is_breached_password("LeaveMeAlone"));
  EXPECT_FALSE(is_breached_password("filet-demo-2026")) << "the demo password stays usable";
  EXPECT_FALSE(is_breached_password("un mot de passe long"));
}

TEST(BreachedPasswords, ThePasswordRuleRefusesThemNamingTheField) {
  auto refused = check_password_rule("Qwerty123456");
  ASSERT_FALSE(refused);
  ASSERT_EQ(refused.error().fields.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].field, "password");
  EXPECT_EQ(refused.error().fields[0].code, FieldCode::breached);
  auto message = field_message(refused.error().fields[0]);
  EXPECT_NE(message.fr.find("mot de passe"), std::string::npos);
  EXPECT_NE(message.en.find("password"), std::string::npos);
  EXPECT_TRUE(check_password_rule("filet-demo-2026"));
}

}  // namespace
}  // namespace filet::auth
