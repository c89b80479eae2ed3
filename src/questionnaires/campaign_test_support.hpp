#pragma once
// For the repository tests of campaigns and results: two organizations, A's appreciation
// questionnaire (questionnaire_test_support), its version and a campaign open in March.
#include <gtest/gtest.h>

#include "auth/policy.hpp"
#include "core/organization_repository.hpp"
#include "questionnaires/campaign_repository.hpp"
#include "questionnaires/questionnaire_repository.hpp"
#include "questionnaires/questionnaire_test_support.hpp"

namespace filet::questionnaires::testing::campaign {

inline constexpr const char* kOrgA = "00000000-0000-4000-8000-0000000000a1";
inline constexpr const char* kOrgB = "00000000-0000-4000-8000-0000000000b1";
inline constexpr const char* kCampaign = "00000000-0000-4000-8000-0000000000c1";

inline db::Scope manager_scope(const std::string& org) {
  auth::Principal p{"u", "u@x", "U", "fr", false, {{org, "Org", auth::Role::manager}}, {}, {}};
  return *auth::ScopeIssuer::for_principal(
      p, [](const std::string&) -> Result<std::vector<std::string>> { return std::vector<std::string>{}; });
}

// Two organizations, A's appreciation questionnaire, its version and a campaign open in March.
inline void prepare(db::Connection& c) {
  for (const char* id : {kOrgA, kOrgB}) {
    core::Organization o{id, std::string("Org ") + id, "community_family"};
    o.created_at = o.updated_at = "2026-01-01T00:00:00Z";
    ASSERT_TRUE(core::organization_repository::insert(c, o, {}));
  }
  auto host = auth::ScopeIssuer::for_host();
  auto s = host.on(c);
  const Version v = testing::appreciation();
  ASSERT_TRUE(questionnaire_repository::insert(
      s, {v.questionnaire_id, kOrgA, "appreciation", {"Appréciation", "Appreciation"}, "t", "t", 1}));
  ASSERT_TRUE(questionnaire_repository::insert_version(s, v));
  Campaign k{kCampaign, kOrgA, v.id, "Printemps 2026", "2026-03-01", "2026-03-31"};
  k.link_token = "lien-de-test-0123456789";
  k.created_at = k.updated_at = "2026-02-20T00:00:00Z";
  ASSERT_TRUE(campaign_repository::insert(s, k));
}

}  // namespace filet::questionnaires::testing::campaign
