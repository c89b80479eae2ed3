// The key partners' SQL on both engines: the choosing organization's people read its choices
// (a practitioner their own, a manager the organization's), nobody else; the limit counts the
// chooser's overlapping periods; versions are compare-and-set; the summary's counts reach
// wherever the scope reads aggregates (a coordinator's programs).
#include "partnerships/key_partner_repository.hpp"

#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"
#include "db/testing/two_organizations.hpp"

namespace filet::partnerships {
namespace {

namespace repo = key_partner_repository;
using KeyPartnerRepositoryTest = testing::EngineTest;

using testing::add_two_organizations;
using testing::kOrgA;
using testing::kOrgB;
using testing::scope_of;

constexpr const char* kWorker = "00000000-0000-4000-8000-00000000c001";
constexpr const char* kManager = "00000000-0000-4000-8000-00000000c002";
constexpr const char* kStamp = "2026-04-01T09:00:00.000Z";

KeyPartner choice(const std::string& id, const std::string& chooser, const std::string& role) {
  KeyPartner k;
  k.id = id;
  k.organization_id = kOrgA;
  k.period_from = "2026-04-01";
  k.period_to = "2026-10-31";
  k.chooser_id = chooser;
  k.chooser_role = role;
  k.partner_name = "CPE Les Lucioles";
  k.category = "child_care";
  k.links_families = true;
  k.success_factors = {"mutual_trust", "knowing_key_people"};
  k.obstacles = {"lack_of_time"};
  k.created_at = k.updated_at = kStamp;
  return k;
}

TEST_P(KeyPartnerRepositoryTest, ChoicesAreTheChoosersAndTheManagersAndTheSummaryReadsAggregates) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_two_organizations(**c);
  for (const char* id : {kWorker, kManager})
    ASSERT_TRUE((*c)->execute(
        "INSERT INTO users (id, email, name, search_key, password_hash, created_at, updated_at) VALUES (?, ?, 'P', "
        "'p', 'x', ?, ?)",
        {id, std::string(id) + "@x", kStamp, kStamp}));
  auto scope_a = scope_of(auth::Role::practitioner, kOrgA);
  auto scope_b = scope_of(auth::Role::manager, kOrgB);
  auto scope_coordinator = scope_of(auth::Role::coordinator, kOrgA);
  auto in_a = scope_a.on(**c);
  auto in_b = scope_b.on(**c);
  auto in_coordinator = scope_coordinator.on(**c);
  const repo::Visibility worker{{}, kWorker};
  const repo::Visibility manager{{kOrgA}, kManager};
  const repo::Visibility other{{kOrgB}, "someone"};

  KeyPartner mine = choice("00000000-0000-4000-8000-00000000e001", kWorker, "practitioner");
  EXPECT_FALSE(repo::insert(in_b, mine)) << "B cannot record a choice of A";
  EXPECT_FALSE(repo::insert(in_coordinator, mine)) << "a coordinator records none";
  ASSERT_TRUE(repo::insert(in_a, mine));
  KeyPartner managers = choice("00000000-0000-4000-8000-00000000e002", kManager, "manager");
  managers.partner_name.clear();
  managers.partner_organization_id = kOrgB;
  managers.category = "community_organization";
  managers.success_factors.clear();
  ASSERT_TRUE(repo::insert(in_a, managers));

  auto found = repo::find(in_a, worker, mine.id);
  ASSERT_TRUE(found) << found.error().detail;
  EXPECT_EQ(found->success_factors, (std::vector<std::string>{"knowing_key_people", "mutual_trust"}));
  EXPECT_EQ(found->obstacles, (std::vector<std::string>{"lack_of_time"}));
  EXPECT_TRUE(found->links_families);
  EXPECT_FALSE(found->shares_dialogue);
  EXPECT_EQ(repo::find(in_a, worker, managers.id).error().code, ErrorCode::not_found) << "not the worker's";
  EXPECT_EQ(repo::find(in_a, manager, managers.id)->partner_organization_name, std::string("Org ") + kOrgB);
  EXPECT_EQ(repo::find(in_b, other, mine.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(repo::list(in_a, worker, {}, {})->total, 1);
  EXPECT_EQ(repo::list(in_a, manager, {}, {})->total, 2);
  EXPECT_EQ(repo::list(in_a, manager, {.from = "2026-11-01"}, {})->total, 0);
  EXPECT_EQ(repo::list(in_a, manager, {.to = "2026-04-01"}, {})->total, 2);
  EXPECT_EQ(repo::list(in_b, other, {}, {})->total, 0);
  EXPECT_EQ(repo::list(in_coordinator, other, {}, {})->total, 0);

  // The limit counts the chooser's choices of overlapping periods, leaving out the one changed.
  EXPECT_EQ(*repo::count_overlapping(in_a, kOrgA, kWorker, "2026-10-31", "2027-03-31", ""), 1);
  EXPECT_EQ(*repo::count_overlapping(in_a, kOrgA, kWorker, "2026-11-01", "2027-03-31", ""), 0);
  EXPECT_EQ(*repo::count_overlapping(in_a, kOrgA, kWorker, "2026-01-01", "2026-12-31", mine.id), 0);

  // The summary: the coordinator reads A's choices as aggregates; B reads nothing of A.
  auto counts = repo::category_counts(in_coordinator, "", "");
  ASSERT_TRUE(counts) << counts.error().detail;
  ASSERT_EQ(counts->size(), 2u);
  EXPECT_EQ((*counts)[0].category, "child_care");
  EXPECT_EQ((*counts)[0].chooser_role, "practitioner");
  EXPECT_EQ((*counts)[0].links_families, 1);
  EXPECT_EQ(repo::category_counts(in_coordinator, "2027-01-01", "")->size(), 0u);
  EXPECT_EQ(repo::category_counts(in_b, "", "")->size(), 0u);

  // Versions: a change from version 1 goes through, a second from 1 does not; factors follow.
  KeyPartner changed = *found;
  changed.obstacles = {"staff_turnover", "different_sector"};
  changed.difficult = true;
  ASSERT_TRUE(repo::update(in_a, changed));
  EXPECT_EQ(repo::update(in_a, changed).error().code, ErrorCode::version_conflict);
  EXPECT_EQ(repo::update(in_b, changed).error().code, ErrorCode::not_found);
  auto now = repo::find(in_a, worker, mine.id);
  EXPECT_EQ(now->version, 2);
  EXPECT_TRUE(now->difficult);
  EXPECT_EQ(now->obstacles, (std::vector<std::string>{"different_sector", "staff_turnover"}));

  // Deleting: only within the organization.
  EXPECT_EQ(repo::remove(in_b, mine.id).error().code, ErrorCode::not_found);
  ASSERT_TRUE(repo::remove(in_a, mine.id));
  EXPECT_EQ(repo::find(in_a, worker, mine.id).error().code, ErrorCode::not_found);
}

FILET_ON_BOTH_ENGINES(KeyPartnerRepositoryTest);

}  // namespace
}  // namespace filet::partnerships
