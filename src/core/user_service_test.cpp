#include "core/user_service.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/organization_service.hpp"
#include "db/testing/test_database.hpp"

namespace filet::core {
namespace {

using UserServiceTest = testing::EngineTest;
const audit::Actor kActor{"", "test", "req-1"};
constexpr const char* kPassword = "un-mot-de-passe-solide";

int64_t count(db::Pool& pool, const std::string& sql, const db::Params& params = {}) {
  auto c = pool.acquire();
  auto rows = (*c)->query(sql, params);
  return rows ? rows->front().integer(0) : -1;
}

TEST_P(UserServiceTest, EmailsAreUniqueWhateverTheirCaseAndMustBeEmails) {
  UserService users(pool());
  auto created = users.create(kActor, {.email = "Noemie@Exemple.ca", .name = "Noémie", .password = kPassword});
  ASSERT_TRUE(created) << created.error().detail;
  EXPECT_EQ(created->email, "noemie@exemple.ca");
  EXPECT_EQ(created->locale, "fr");
  EXPECT_TRUE(created->active);

  auto twin = users.create(kActor, {.email = "NOEMIE@exemple.ca", .name = "Autre", .password = kPassword});
  ASSERT_FALSE(twin);
  EXPECT_EQ(twin.error().code, ErrorCode::conflict);
  EXPECT_EQ(twin.error().fields.front().code, FieldCode::duplicate);

  auto bad = users.create(kActor, {.email = "jean@@exemple", .name = "Jean", .password = kPassword});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().fields.front().field, "email");
  EXPECT_EQ(bad.error().fields.front().code, FieldCode::invalid_format);
  EXPECT_EQ(users.list({})->total, 1);
}

TEST_P(UserServiceTest, ANewAccountNeedsAPasswordOfTwelveToOneHundredTwentyEightCharacters) {
  UserService users(pool());
  auto none = users.create(kActor, {.email = "a@exemple.ca", .name = "A"});
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().fields.front().code, FieldCode::required);
  auto short_one = users.create(kActor, {.email = "a@exemple.ca", .name = "A", .password = "court"});
  ASSERT_FALSE(short_one);
  EXPECT_EQ(short_one.error().fields.front().code, FieldCode::too_short);
  auto long_one = users.create(kActor, {.email = "a@exemple.ca", .name = "A", .password = std::string(129, 'x')});
  ASSERT_FALSE(long_one);
  EXPECT_EQ(long_one.error().fields.front().code, FieldCode::too_long);
  auto no_name = users.create(kActor, {.email = "a@exemple.ca", .password = kPassword});
  ASSERT_FALSE(no_name);
  EXPECT_EQ(no_name.error().fields.front().field, "name");
  EXPECT_EQ(users.list({})->total, 0);
}

TEST_P(UserServiceTest, MembershipsNameExistingOrganizationsAndAreReplacedWhole) {
  OrganizationService organizations(pool());
  UserService users(pool());
  auto home = organizations.create(kActor, {.name = "Maison de la famille", .sector = "community_family"});
  auto library = organizations.create(kActor, {.name = "Bibliothèque", .sector = "library"});
  ASSERT_TRUE(home && library);

  UserChanges unknown{.email = "b@exemple.ca", .name = "B", .password = kPassword};
  unknown.memberships = std::vector<MembershipChange>{{"00000000-0000-4000-8000-000000000000", auth::Role::manager}};
  auto refused = users.create(kActor, unknown);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.front().field, "memberships");
  EXPECT_EQ(refused.error().fields.front().code, FieldCode::not_found);
  EXPECT_EQ(users.list({})->total, 0) << "nothing written";

  UserChanges two{.email = "b@exemple.ca", .name = "B", .password = kPassword};
  two.memberships =
      std::vector<MembershipChange>{{home->id, auth::Role::manager}, {library->id, auth::Role::practitioner}};
  auto user = users.create(kActor, two);
  ASSERT_TRUE(user) << user.error().detail;
  EXPECT_EQ(user->memberships.size(), 2u);

  UserChanges one;
  one.memberships = std::vector<MembershipChange>{{library->id, auth::Role::coordinator}};
  auto updated = users.update(kActor, user->id, one);
  ASSERT_TRUE(updated) << updated.error().detail;
  ASSERT_EQ(updated->memberships.size(), 1u);
  EXPECT_EQ(updated->memberships.front().organization_id, library->id);
  EXPECT_EQ(updated->memberships.front().role, auth::Role::coordinator);
  EXPECT_EQ(updated->name, "B") << "fields not named are kept";
}

TEST_P(UserServiceTest, AnAdminCannotDisableThemselfOrDropTheirOwnAdminRights) {
  UserService users(pool());
  auto admin =
      users.create(kActor, {.email = "admin@exemple.ca", .name = "Admin", .password = kPassword, .is_admin = true});
  ASSERT_TRUE(admin);
  audit::Actor self{admin->id, admin->email, "req-2"};
  auto off = users.update(self, admin->id, {.active = false});
  ASSERT_FALSE(off);
  EXPECT_EQ(off.error().fields.front().field, "active");
  EXPECT_EQ(off.error().fields.front().code, FieldCode::self);
  auto demoted = users.update(self, admin->id, {.is_admin = false});
  ASSERT_FALSE(demoted);
  EXPECT_EQ(demoted.error().fields.front().field, "is_admin");
  EXPECT_TRUE(users.update(self, admin->id, {.name = "Admin renommé"})) << "other changes to oneself are fine";
  // Another admin may.
  EXPECT_TRUE(users.update(kActor, admin->id, {.is_admin = false}));
}

TEST_P(UserServiceTest, DisablingAnAccountOrChangingItsPasswordEndsItsSessions) {
  std::vector<std::string> changed;
  UserService users(pool(), [&](const std::string& id) { changed.push_back(id); });
  auto user = users.create(kActor, {.email = "c@exemple.ca", .name = "C", .password = kPassword});
  ASSERT_TRUE(user);
  auto open_session = [&](const std::string& token) {
    auto c = pool().acquire();
    ASSERT_TRUE(
        (*c)->execute("INSERT INTO sessions (token_hash, user_id, csrf_token, created_epoch, last_seen_epoch) VALUES "
                      "(?, ?, 'x', 1, 1)",
                      {token, user->id}));
  };
  const std::string sessions = "SELECT COUNT(*) FROM sessions WHERE user_id = ?";
  open_session("s1");
  ASSERT_TRUE(users.update(kActor, user->id, {.name = "C renommé"}));
  EXPECT_EQ(count(pool(), sessions, {user->id}), 1) << "a new name keeps the sessions";
  ASSERT_TRUE(users.update(kActor, user->id, {.password = "un-autre-mot-de-passe"}));
  EXPECT_EQ(count(pool(), sessions, {user->id}), 0);
  open_session("s2");
  ASSERT_TRUE(users.update(kActor, user->id, {.active = false}));
  EXPECT_EQ(count(pool(), sessions, {user->id}), 0);
  EXPECT_EQ(changed, (std::vector<std::string>{user->id, user->id, user->id, user->id}));
  EXPECT_EQ(count(pool(), "SELECT COUNT(*) FROM audit_log WHERE entity = 'user' AND entity_id = ?", {user->id}), 4);
}

FILET_ON_BOTH_ENGINES(UserServiceTest);

}  // namespace
}  // namespace filet::core
