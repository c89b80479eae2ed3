#pragma once
// What the policy's unit tests share: a principal with one membership, and its scope when its
// programs reach one other organization ("org-2").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "auth/policy.hpp"

namespace filet::auth::testing {

inline Principal member(const std::string& user, Role role, const std::string& org) {
  Principal p{user, user + "@x", user, "fr", false, {}, {}, {}};
  p.memberships.push_back({org, "Org", role});
  return p;
}

inline db::Scope scope_of(const Principal& p) {
  auto scope = ScopeIssuer::for_principal(
      p, [](const std::string&) -> Result<std::vector<std::string>> { return std::vector<std::string>{"org-2"}; });
  EXPECT_TRUE(scope);
  return *scope;
}

}  // namespace filet::auth::testing
