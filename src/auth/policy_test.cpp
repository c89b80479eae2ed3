#include "auth/policy.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "core/organization_service.hpp"
#include "core/program_service.hpp"
#include "db/testing/test_database.hpp"

namespace filet::auth {
namespace {

Principal with(Role role, std::string org) {
  return Principal{"u", "u@x", "U", "fr", false, {{org, "Org", role}}, {}, {}};
}

TEST(Policy, AnonymousIsUnauthenticatedExceptForPublicRoutes) {
  EXPECT_TRUE(authorize(nullptr, Permission::anyone));
  EXPECT_EQ(authorize(nullptr, Permission::read_reference).error().code, ErrorCode::unauthenticated);
}

TEST(Policy, AdminsManageButManagersOnlyTheirOwnOrganization) {
  Principal admin{"a", "a@x", "A", "fr", true, {}, {}, {}};
  Principal manager = with(Role::manager, "org-1");
  Principal practitioner = with(Role::practitioner, "org-1");
  EXPECT_TRUE(authorize(&admin, Permission::manage_users));
  EXPECT_TRUE(authorize(&admin, Permission::update_organization, "org-2"));
  EXPECT_TRUE(authorize(&manager, Permission::update_organization, "org-1"));
  EXPECT_EQ(authorize(&manager, Permission::update_organization, "org-2").error().code, ErrorCode::forbidden);
  EXPECT_FALSE(authorize(&practitioner, Permission::update_organization, "org-1"));
  EXPECT_FALSE(authorize(&manager, Permission::read_audit));
  EXPECT_TRUE(authorize(&practitioner, Permission::read_reference));
}

TEST(Policy, OnlyAdminsChangeReferenceListsOrListTheirRetiredEntries) {
  Principal admin{"a", "a@x", "A", "fr", true, {}, {}, {}};
  EXPECT_TRUE(authorize(&admin, Permission::manage_reference_lists));
  EXPECT_TRUE(may_see_retired_entries(admin));
  for (Role role : {Role::manager, Role::practitioner, Role::coordinator, Role::evaluator, Role::facilitator}) {
    Principal p = with(role, "org-1");
    EXPECT_TRUE(authorize(&p, Permission::read_reference));
    EXPECT_EQ(authorize(&p, Permission::manage_reference_lists).error().code, ErrorCode::forbidden);
    auto retired = may_see_retired_entries(p);
    ASSERT_FALSE(retired);
    EXPECT_EQ(retired.error().fields.front().field, "include_retired");
  }
}

TEST(Policy, TwoFactorRuleNamesWhoMustEnrol) {
  Principal admin{"a", "a@x", "A", "fr", true, {}, {}, {}};
  Principal practitioner = with(Role::practitioner, "org-1");
  Principal manager = with(Role::manager, "org-1");
  Principal evaluator = with(Role::evaluator, "org-1");
  EXPECT_TRUE(two_factor_required(admin, TwoFactorRule::admins));
  EXPECT_FALSE(two_factor_required(practitioner, TwoFactorRule::admins));
  EXPECT_TRUE(two_factor_required(admin, TwoFactorRule::identified_data));
  EXPECT_TRUE(two_factor_required(practitioner, TwoFactorRule::identified_data));
  EXPECT_TRUE(two_factor_required(manager, TwoFactorRule::identified_data));
  EXPECT_FALSE(two_factor_required(evaluator, TwoFactorRule::identified_data)) << "de-identified data only";
  EXPECT_TRUE(two_factor_required(evaluator, TwoFactorRule::everyone));
  EXPECT_EQ(two_factor_rule_from_name("identified-data"), TwoFactorRule::identified_data);
  EXPECT_FALSE(two_factor_rule_from_name("nobody"));
}

TEST(Policy, SomeoneWhoMustEnrolReachesOnlyTheirOwnAccount) {
  Principal admin{"a", "a@x", "A", "fr", true, {}, {}, {}};
  admin.two_factor_required = true;
  EXPECT_TRUE(authorize(&admin, Permission::signed_in));
  EXPECT_EQ(authorize(&admin, Permission::manage_users).error().code, ErrorCode::two_factor_enrolment_required);
  EXPECT_EQ(authorize(&admin, Permission::read_reference).error().code, ErrorCode::two_factor_enrolment_required);
  admin.two_factor_enabled = true;
  EXPECT_TRUE(authorize(&admin, Permission::manage_users));
}

TEST(ScopeFilter, ListsOnlyOrganizationsAtTheLevelAskedWithBoundIds) {
  auto manager = with(Role::manager, "a");
  manager.memberships.push_back({"b", "B", Role::facilitator});
  // No coordinator or evaluator membership: the scope needs no query, only a connection.
  auto path = std::filesystem::temp_directory_path() / ("filet-scope-" + std::to_string(::getpid()) + ".db");
  auto c = db::connect("sqlite:" + path.string());
  ASSERT_TRUE(c) << c.error().detail;
  auto scope = ScopeIssuer::for_principal(**c, manager);  // no coordinator role: no query
  ASSERT_TRUE(scope);
  auto [identified, p1] = scope->read_filter("organization_id", Access::identified);
  EXPECT_EQ(identified, "organization_id IN (?)");
  EXPECT_EQ(p1, db::Params{std::string("a")});
  auto [any, p2] = scope->read_filter("organization_id", Access::aggregate);
  EXPECT_EQ(p2.size(), 2u);
  EXPECT_EQ(scope->change_filter("organization_id").first, "organization_id IN (?)");
  EXPECT_EQ(ScopeIssuer::anonymous().read_filter("organization_id", Access::aggregate).first, "1 = 0");
  EXPECT_EQ(ScopeIssuer::anonymous().change_filter("organization_id").first, "1 = 0");
  EXPECT_EQ(ScopeIssuer::for_host().change_filter("organization_id").first, "1 = 1");
  EXPECT_EQ(ScopeIssuer::for_host().read_filter("organization_id", Access::aggregate).first, "1 = 0");
  c->reset();
  std::filesystem::remove(path);
}

TEST(Policy, AccountsAndOrganizationsQuestions) {
  Principal admin{"a", "a@x", "A", "fr", true, {}, {}, {}};
  EXPECT_TRUE(may_open_or_close_organization(admin));
  EXPECT_EQ(may_open_or_close_organization(with(Role::manager, "o")).error().code, ErrorCode::forbidden);
  EXPECT_TRUE(may_change_account("a", "b", true, true)) << "another account";
  EXPECT_TRUE(may_change_account("a", "a", false, false)) << "their own name";
  EXPECT_EQ(may_change_account("a", "a", true, false).error().fields.front().field, "active");
  EXPECT_EQ(may_change_account("a", "a", false, true).error().fields.front().field, "is_admin");
}

using ScopeTest = testing::EngineTest;

TEST_P(ScopeTest, CoordinatorsReadAndEditTheirProgramsOrganizationsAdminsEditAllReadNone) {
  core::OrganizationService organizations(pool());
  core::ProgramService programs(pool());
  audit::Actor actor{"", "test", ""};
  auto table = organizations.create(actor, {.name = "Table de concertation", .sector = "round_table"});
  auto member = organizations.create(actor, {.name = "Maison de la famille", .sector = "community_family"});
  auto outsider = organizations.create(actor, {.name = "Autre organisme", .sector = "community_other"});
  ASSERT_TRUE(table && member && outsider);
  core::ProgramChanges program;
  program.name = "Travail de proximité";
  program.starts_on = "2025-09-01";
  program.organization_ids = std::vector<std::string>{table->id, member->id};
  ASSERT_TRUE(programs.create(actor, program));

  auto c = pool().acquire();
  auto coordinator = ScopeIssuer::for_principal(**c, with(Role::coordinator, table->id));
  ASSERT_TRUE(coordinator);
  EXPECT_EQ(coordinator->level(member->id), Access::deidentified);
  EXPECT_EQ(coordinator->level(outsider->id), Access::none);
  EXPECT_TRUE(may_edit_service(*coordinator, member->id));
  EXPECT_FALSE(may_edit_service(*coordinator, outsider->id));

  auto evaluator = ScopeIssuer::for_principal(**c, with(Role::evaluator, table->id));
  EXPECT_EQ(evaluator->level(member->id), Access::deidentified);
  EXPECT_FALSE(may_edit_service(*evaluator, member->id)) << "reading is not editing";

  auto practitioner = ScopeIssuer::for_principal(**c, with(Role::practitioner, member->id));
  EXPECT_EQ(practitioner->level(member->id), Access::identified);
  EXPECT_EQ(practitioner->level(table->id), Access::none);
  EXPECT_FALSE(may_edit_service(*practitioner, member->id));

  auto manager = ScopeIssuer::for_principal(**c, with(Role::manager, member->id));
  EXPECT_TRUE(may_edit_service(*manager, member->id));
  EXPECT_FALSE(may_edit_service(*manager, table->id));

  Principal admin{"a", "a@x", "A", "fr", true, {}, {}, {}};
  auto admins = ScopeIssuer::for_principal(**c, admin);
  EXPECT_TRUE(admins->readable().empty());
  EXPECT_TRUE(may_edit_service(*admins, outsider->id));
}

FILET_ON_BOTH_ENGINES(ScopeTest);

}  // namespace
}  // namespace filet::auth
