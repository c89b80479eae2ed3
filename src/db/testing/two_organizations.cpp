#include "db/testing/two_organizations.hpp"

#include <gtest/gtest.h>

#include "core/organization_repository.hpp"

namespace filet::testing {

void add_two_organizations(db::Connection& c) {
  for (const char* id : {kOrgA, kOrgB}) {
    core::Organization o{id, std::string("Org ") + id, "community_family"};
    o.created_at = o.updated_at = "2026-01-01T00:00:00Z";
    ASSERT_TRUE(core::organization_repository::insert(c, o, {}));
  }
}

auth::Principal member_of(auth::Role role, const std::string& org) {
  return {"u", "u@x", "U", "fr", false, {{org, "Org", role}}, {}, {}};
}

db::Scope scope_of(const auth::Principal& p) {
  // The program of every membership holds both organizations.
  auto program = [](const std::string&) -> Result<std::vector<std::string>> {
    return std::vector<std::string>{kOrgA, kOrgB};
  };
  return *auth::ScopeIssuer::for_principal(p, program);
}

db::Scope scope_of(auth::Role role, const std::string& org) {
  return scope_of(member_of(role, org));
}

}  // namespace filet::testing
