#pragma once
// Test support for repositories behind the scope: two organizations, A and B, one program
// joining them, and the scope the policy gives a person of one of them.
#include <string>

#include "auth/policy.hpp"
#include "db/database.hpp"

namespace filet::testing {

inline constexpr const char* kOrgA = "00000000-0000-4000-8000-0000000000a1";
inline constexpr const char* kOrgB = "00000000-0000-4000-8000-0000000000b1";

// Inserts organizations A and B (fails the test if it cannot).
void add_two_organizations(db::Connection& c);
// A person with `role` in `org` (a coordinator or evaluator reads A and B through the program).
auth::Principal member_of(auth::Role role, const std::string& org);
db::Scope scope_of(const auth::Principal& p);
db::Scope scope_of(auth::Role role, const std::string& org);

}  // namespace filet::testing
