// Who builds questionnaires and campaigns and reads their results: the route's permission by role
// (managers, coordinators, evaluators; not admins as such), then the organization's rule.
#include <gtest/gtest.h>

#include "auth/policy.hpp"
#include "auth/policy_test_support.hpp"
#include "auth/questionnaire_policy.hpp"

namespace filet::auth {
namespace {

Principal member(Role role, const std::string& org) {
  return testing::member("u", role, org);
}

using testing::scope_of;

TEST(QuestionnairePolicy, ManagersCoordinatorsAndEvaluatorsBuildQuestionnaires) {
  for (Role role : {Role::manager, Role::coordinator, Role::evaluator}) {
    Principal p = member(role, "org-1");
    EXPECT_TRUE(authorize(&p, Permission::build_questionnaires));
  }
  for (Role role : {Role::practitioner, Role::facilitator}) {
    Principal p = member(role, "org-1");
    EXPECT_EQ(authorize(&p, Permission::build_questionnaires).error().code, ErrorCode::forbidden);
  }
  Principal admin{"a", "a@x", "A", "fr", true, {}, {}, {}};
  EXPECT_FALSE(authorize(&admin, Permission::build_questionnaires));
  EXPECT_EQ(authorize(nullptr, Permission::build_questionnaires).error().code, ErrorCode::unauthenticated);
}

TEST(QuestionnairePolicy, ManagersBuildTheirOwnOrganizationsAndTheNetworkThoseItReads) {
  const Principal manager = member(Role::manager, "org-1");
  EXPECT_TRUE(may_build_questionnaire(manager, scope_of(manager), "org-1"));
  EXPECT_FALSE(may_build_questionnaire(manager, scope_of(manager), "org-2"));
  const Principal evaluator = member(Role::evaluator, "org-1");
  EXPECT_TRUE(may_build_questionnaire(evaluator, scope_of(evaluator), "org-2"));  // their program's
  EXPECT_FALSE(may_build_questionnaire(evaluator, scope_of(evaluator), "org-3"));
  const Principal practitioner = member(Role::practitioner, "org-1");
  auto refused = may_build_questionnaire(practitioner, scope_of(practitioner), "org-1");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.at(0).field, "organization_id");
}

}  // namespace
}  // namespace filet::auth
