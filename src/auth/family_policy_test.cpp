#include <gtest/gtest.h>

#include "auth/policy.hpp"
#include "auth/policy_test_support.hpp"

namespace filet::auth {
namespace {

using testing::member;

using testing::scope_of;

TEST(FamilyPolicy, OnlyPractitionersAndManagersRecordFamilies) {
  Principal admin{"a", "a@x", "A", "fr", true, {}, {}, {}};
  EXPECT_FALSE(authorize(&admin, Permission::read_families));
  EXPECT_FALSE(authorize(&admin, Permission::record_families));
  for (Role role : {Role::manager, Role::practitioner}) {
    Principal p = member("u", role, "org-1");
    EXPECT_TRUE(authorize(&p, Permission::record_families));
  }
  for (Role role : {Role::coordinator, Role::evaluator}) {
    Principal p = member("u", role, "org-1");
    EXPECT_TRUE(authorize(&p, Permission::read_families));
    EXPECT_FALSE(authorize(&p, Permission::record_families));
  }
  Principal facilitator = member("u", Role::facilitator, "org-1");
  EXPECT_FALSE(authorize(&facilitator, Permission::read_families));
}

TEST(FamilyPolicy, IdentifiedDataStaysInTheAccompanyingOrganization) {
  Principal practitioner = member("p", Role::practitioner, "org-1");
  Principal coordinator = member("c", Role::coordinator, "org-1");
  Principal admin{"a", "a@x", "A", "fr", true, {}, {}, {}};
  EXPECT_TRUE(may_read_identified_family(scope_of(practitioner), "org-1"));
  EXPECT_FALSE(may_read_identified_family(scope_of(practitioner), "org-2"));
  EXPECT_FALSE(may_read_identified_family(scope_of(coordinator), "org-1"));
  EXPECT_FALSE(may_change_family(scope_of(coordinator), "org-2"));
  EXPECT_FALSE(may_change_family(scope_of(admin), "org-1"));
  EXPECT_TRUE(may_change_family(scope_of(practitioner), "org-1"));
}

// The window itself is journal_policy_test's; a family entry's day is the day it was recorded.
TEST(FamilyPolicy, AnEntrysDayIsTheDayItWasRecorded) {
  Principal practitioner = member("p", Role::practitioner, "org-1");
  const char* made = "2026-03-01T23:59:00Z";
  EXPECT_TRUE(
      may_change_family_entry(scope_of(practitioner), practitioner, "org-1", "p", made, "2026-03-08T23:00:00Z"));
  auto closed =
      may_change_family_entry(scope_of(practitioner), practitioner, "org-1", "p", made, "2026-03-09T00:00:01Z");
  ASSERT_FALSE(closed);
  EXPECT_EQ(closed.error().code, ErrorCode::editing_window_closed);
  EXPECT_FALSE(may_change_family_entry(scope_of(practitioner), practitioner, "org-1", "p", "not a date",
                                       "2026-03-01T10:00:00Z"));
}

TEST(FamilyPolicy, PractitionersChangeTheirOwnEntriesForSevenDaysManagersAlways) {
  Principal practitioner = member("p", Role::practitioner, "org-1");
  Principal colleague = member("q", Role::practitioner, "org-1");
  Principal manager = member("m", Role::manager, "org-1");
  const char* made = "2026-03-01T10:00:00Z";
  const char* soon = "2026-03-04T10:00:00Z";
  const char* late = "2026-03-20T10:00:00Z";
  EXPECT_TRUE(may_change_family_entry(scope_of(practitioner), practitioner, "org-1", "p", made, soon));
  EXPECT_FALSE(may_change_family_entry(scope_of(practitioner), practitioner, "org-1", "p", made, late));
  EXPECT_FALSE(may_change_family_entry(scope_of(colleague), colleague, "org-1", "p", made, soon));
  EXPECT_TRUE(may_change_family_entry(scope_of(manager), manager, "org-1", "p", made, late));
  Principal other_manager = member("o", Role::manager, "org-9");
  EXPECT_FALSE(may_change_family_entry(scope_of(other_manager), other_manager, "org-1", "p", made, soon));
}

TEST(FamilyPolicy, OnlyTheOrganizationsManagersExportOrDestroyFamilies) {
  Principal manager = member("m", Role::manager, "org-1");
  EXPECT_TRUE(authorize(&manager, Permission::manage_families));
  EXPECT_TRUE(may_manage_families(manager, "org-1"));
  EXPECT_FALSE(may_manage_families(manager, "org-2"));
  Principal admin{"a", "a@x", "A", "fr", true, {}, {}, {}};
  EXPECT_FALSE(authorize(&admin, Permission::manage_families));
  EXPECT_FALSE(may_manage_families(admin, "org-1"));
  for (Role role : {Role::practitioner, Role::coordinator, Role::evaluator, Role::facilitator}) {
    Principal p = member("u", role, "org-1");
    EXPECT_FALSE(authorize(&p, Permission::manage_families));
    EXPECT_FALSE(may_manage_families(p, "org-1"));
  }
}

}  // namespace
}  // namespace filet::auth
