// The journal's rules of the policy: who reads, records, changes and exports entries, and the
// editing window of a practitioner's own entries.
#include <gtest/gtest.h>

#include "auth/policy.hpp"

namespace filet::auth {
namespace {

Principal with(Role role, std::string org, std::string user = "u") {
  return Principal{user, user + "@x", "U", "fr", false, {{org, "Org", role}}, {}, {}};
}

// The address of a temporary principal, for one call.
const Principal* ptr(const Principal& p) {
  return &p;
}

TEST(JournalPolicy, TheEditingWindowIsTheEntrysDayAndTheSevenAfter) {
  EXPECT_TRUE(within_editing_window("2026-03-10", "2026-03-10"));
  EXPECT_TRUE(within_editing_window("2026-03-10", "2026-03-17"));
  EXPECT_FALSE(within_editing_window("2026-03-10", "2026-03-18"));
  // Across a month, a year and a leap day.
  EXPECT_TRUE(within_editing_window("2026-02-26", "2026-03-05"));
  EXPECT_FALSE(within_editing_window("2026-02-26", "2026-03-06"));
  EXPECT_TRUE(within_editing_window("2027-12-28", "2028-01-04"));
  EXPECT_TRUE(within_editing_window("2028-02-25", "2028-03-03"));
  EXPECT_FALSE(within_editing_window("2028-02-25", "2028-03-04"));
  // An entry dated after today (a phone whose clock is ahead) is still editable.
  EXPECT_TRUE(within_editing_window("2026-03-12", "2026-03-10"));
  // Not a date: never editable by the window.
  EXPECT_FALSE(within_editing_window("2026-02-30", "2026-02-28"));
  EXPECT_FALSE(within_editing_window("yesterday", "2026-02-28"));
}

TEST(JournalPolicy, PractitionersAndManagersRecordForTheirOwnOrganizationOnly) {
  EXPECT_TRUE(may_record_journal_entry(with(Role::practitioner, "org-1"), "org-1"));
  EXPECT_TRUE(may_record_journal_entry(with(Role::manager, "org-1"), "org-1"));
  EXPECT_EQ(may_record_journal_entry(with(Role::practitioner, "org-1"), "org-2").error().code, ErrorCode::forbidden);
  EXPECT_FALSE(may_record_journal_entry(with(Role::coordinator, "org-1"), "org-1"));
  EXPECT_FALSE(may_record_journal_entry(with(Role::evaluator, "org-1"), "org-1"));
}

TEST(JournalPolicy, OwnEntriesWithinTheWindowManagersAlways) {
  Principal worker = with(Role::practitioner, "org-1", "worker");
  Principal colleague = with(Role::practitioner, "org-1", "colleague");
  Principal manager = with(Role::manager, "org-1", "boss");
  Principal other_manager = with(Role::manager, "org-2", "other");
  JournalEntryOwner fresh{"org-1", "worker", "2026-03-10"};
  EXPECT_TRUE(may_edit_journal_entry(worker, fresh, "2026-03-12"));
  EXPECT_EQ(may_edit_journal_entry(worker, fresh, "2026-03-20").error().code, ErrorCode::editing_window_closed);
  EXPECT_EQ(may_edit_journal_entry(colleague, fresh, "2026-03-12").error().code, ErrorCode::forbidden);
  EXPECT_TRUE(may_edit_journal_entry(manager, fresh, "2027-01-01"));
  EXPECT_EQ(may_edit_journal_entry(other_manager, fresh, "2026-03-12").error().code, ErrorCode::forbidden);
  EXPECT_EQ(may_edit_journal_entry(with(Role::coordinator, "org-1", "worker"), fresh, "2026-03-12").error().code,
            ErrorCode::forbidden);
}

TEST(JournalPolicy, RoutesAdmitTheJournalsRolesAndNeverAnAdminAsSuch) {
  Principal admin{"a", "a@x", "A", "fr", true, {}, {}, {}};
  EXPECT_EQ(authorize(&admin, Permission::read_journal).error().code, ErrorCode::forbidden);
  EXPECT_FALSE(authorize(&admin, Permission::record_journal));
  EXPECT_FALSE(authorize(&admin, Permission::export_journal));
  for (Role role : {Role::practitioner, Role::manager, Role::coordinator, Role::evaluator}) {
    Principal p = with(role, "o");
    EXPECT_TRUE(authorize(&p, Permission::read_journal));
  }
  EXPECT_FALSE(authorize(ptr(with(Role::facilitator, "o")), Permission::read_journal));
  EXPECT_TRUE(authorize(ptr(with(Role::practitioner, "o")), Permission::record_journal));
  EXPECT_FALSE(authorize(ptr(with(Role::coordinator, "o")), Permission::record_journal));
  EXPECT_TRUE(authorize(ptr(with(Role::manager, "o")), Permission::export_journal));
  EXPECT_FALSE(authorize(ptr(with(Role::practitioner, "o")), Permission::export_journal));
}

TEST(JournalPolicy, TheDefaultOrganizationIsTheOneWhereThePersonRecords) {
  EXPECT_EQ(default_journal_organization(with(Role::practitioner, "org-1")), "org-1");
  EXPECT_EQ(default_journal_organization(with(Role::coordinator, "org-1")), "");
  Principal two = with(Role::practitioner, "org-1");
  two.memberships.push_back({"org-2", "Other", Role::manager});
  EXPECT_EQ(default_journal_organization(two), "");
  two.memberships.back().organization_id = "org-1";
  EXPECT_EQ(default_journal_organization(two), "org-1");
}

}  // namespace
}  // namespace filet::auth
