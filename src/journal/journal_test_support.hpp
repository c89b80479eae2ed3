#pragma once
// Test support for the journal's tests: two organizations, a practitioner and a manager in the
// first, a practitioner in the second, a coordinator reading both through a program.
#include <gtest/gtest.h>

#include "auth/policy.hpp"
#include "core/organization_service.hpp"
#include "core/user_service.hpp"
#include "db/pool.hpp"

namespace filet::journal::testing {

struct Network {
  std::string org_a, org_b;
  auth::Principal worker, colleague, manager, other_worker, coordinator;
};

inline const audit::Actor kActor{"", "test", "req-1"};

inline std::string add_user(db::Pool& pool, const std::string& email, const std::string& org, auth::Role role) {
  core::UserService users(pool);
  core::UserChanges changes;
  changes.email = email;
  changes.name = "Personne " + email;
  changes.password = std::string("un-mot-de-passe-de-test");
  changes.memberships = std::vector<core::MembershipChange>{{org, role}};
  auto user = users.create(kActor, changes);
  EXPECT_TRUE(user) << user.error().detail;
  return user ? user->id : "";
}

inline auth::Principal principal(const std::string& id, const std::string& org, auth::Role role) {
  return auth::Principal{id, id + "@x", "P", "fr", false, {{org, "Org", role}}, {}, {}};
}

inline Network make_network(db::Pool& pool) {
  core::OrganizationService organizations(pool);
  Network n;
  n.org_a = organizations.create(kActor, {.name = "Maison de la famille A", .sector = "community_family"})->id;
  n.org_b = organizations.create(kActor, {.name = "Maison de la famille B", .sector = "community_family"})->id;
  n.worker =
      principal(add_user(pool, "ptp@a.test", n.org_a, auth::Role::practitioner), n.org_a, auth::Role::practitioner);
  n.colleague =
      principal(add_user(pool, "ptp2@a.test", n.org_a, auth::Role::practitioner), n.org_a, auth::Role::practitioner);
  n.manager = principal(add_user(pool, "pg@a.test", n.org_a, auth::Role::manager), n.org_a, auth::Role::manager);
  n.other_worker =
      principal(add_user(pool, "ptp@b.test", n.org_b, auth::Role::practitioner), n.org_b, auth::Role::practitioner);
  n.coordinator =
      principal(add_user(pool, "coord@b.test", n.org_b, auth::Role::coordinator), n.org_b, auth::Role::coordinator);
  return n;
}

// The scope the policy gives `p`; coordinators read both organizations (one program).
inline db::Scope scope_of(const Network& n, const auth::Principal& p) {
  auto partners = [&n](const std::string& id) -> Result<std::vector<std::string>> {
    return std::vector<std::string>{id == n.org_a ? n.org_b : n.org_a};
  };
  return *auth::ScopeIssuer::for_principal(p, partners);
}

}  // namespace filet::journal::testing
