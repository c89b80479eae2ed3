#include "journal/outreach_repository.hpp"

#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"
#include "journal/journal_repository.hpp"
#include "journal/journal_test_support.hpp"

namespace filet::journal {
namespace {

using OutreachRepositoryTest = filet::testing::EngineTest;
using repo = outreach_repository;

OutreachEntry entry(const std::string& id, const std::string& org, const std::string& worker, const std::string& date,
                    const std::string& strategy) {
  OutreachEntry e;
  e.id = id;
  e.organization_id = org;
  e.worker_id = worker;
  e.entry_date = date;
  e.duration_minutes = 60;
  e.place = "Parc Aimé-Léonard";
  e.place_type = "park";
  e.strategy = strategy;
  e.parents_reached = 4;
  e.fathers_reached = 1;
  e.efficacy = 3;
  e.created_at = e.updated_at = "2026-03-01T10:00:00.000Z";
  return e;
}

TEST_P(OutreachRepositoryTest, ListsOnlyTheScopesOrganizationsWithTheirFilters) {
  auto n = testing::make_network(pool());
  auto host = auth::ScopeIssuer::for_host();
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto writer = host.on(**c);
  ASSERT_TRUE(*repo::insert(
      writer, entry("00000000-0000-4000-8000-00000000a001", n.org_a, n.worker.user_id, "2026-03-02", "parks")));
  ASSERT_TRUE(*repo::insert(
      writer, entry("00000000-0000-4000-8000-00000000a002", n.org_a, n.colleague.user_id, "2026-03-09", "streets")));
  ASSERT_TRUE(*repo::insert(
      writer, entry("00000000-0000-4000-8000-00000000b001", n.org_b, n.other_worker.user_id, "2026-03-03", "parks")));
  // The same id again writes nothing (a resent create).
  EXPECT_FALSE(*repo::insert(
      writer, entry("00000000-0000-4000-8000-00000000a001", n.org_b, n.other_worker.user_id, "2026-03-04", "shops")));

  auto worker_scope = testing::scope_of(n, n.worker);
  auto as_worker = worker_scope.on(**c);
  auto mine = repo::list(as_worker, {}, {});
  ASSERT_TRUE(mine) << mine.error().detail;
  EXPECT_EQ(mine->total, 2);
  EXPECT_EQ(mine->items.front().entry_date, "2026-03-09");  // newest first
  EXPECT_EQ(mine->items.front().worker_name, "Personne ptp2@a.test");

  OutreachFilter parks;
  parks.strategy = "parks";
  EXPECT_EQ(repo::list(as_worker, {}, parks)->total, 1);
  OutreachFilter week;
  week.from = "2026-03-05";
  week.to = "2026-03-11";
  EXPECT_EQ(repo::list(as_worker, {}, week)->total, 1);
  OutreachFilter by_worker;
  by_worker.worker_id = n.worker.user_id;
  EXPECT_EQ(repo::list(as_worker, {}, by_worker)->total, 1);
  db::ListQuery sorted;
  sorted.sort = "strategy";
  EXPECT_EQ(repo::list(as_worker, sorted, {})->items.front().strategy, "parks");

  // Another organization's entry is not found through this scope, even by id.
  EXPECT_EQ(repo::find(as_worker, "00000000-0000-4000-8000-00000000b001", db::Access::deidentified).error().code,
            ErrorCode::not_found);
  // A coordinator reads both organizations, de-identified, but never filters by a worker there.
  auto coordinator_scope = testing::scope_of(n, n.coordinator);
  auto as_coordinator = coordinator_scope.on(**c);
  EXPECT_EQ(repo::list(as_coordinator, {}, {})->total, 3);
  EXPECT_EQ(repo::list(as_coordinator, {}, by_worker)->total, 0);
  EXPECT_EQ(repo::find(as_coordinator, "00000000-0000-4000-8000-00000000a001", db::Access::identified).error().code,
            ErrorCode::not_found);
  // The admin-like empty scope reads nothing.
  auto none = auth::ScopeIssuer::anonymous();
  auto as_nobody = none.on(**c);
  EXPECT_EQ(repo::list(as_nobody, {}, {})->total, 0);
}

TEST_P(OutreachRepositoryTest, UpdatesCompareTheVersionAndExportPagesForward) {
  auto n = testing::make_network(pool());
  auto scope = testing::scope_of(n, n.manager);
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto scoped = scope.on(**c);
  for (int i = 0; i < 5; ++i)
    ASSERT_TRUE(*repo::insert(scoped, entry("00000000-0000-4000-8000-00000000c00" + std::to_string(i), n.org_a,
                                            n.worker.user_id, "2026-03-0" + std::to_string(i + 1), "parks")));
  auto e = *repo::find(scoped, "00000000-0000-4000-8000-00000000c000", db::Access::identified);
  e.parents_reached = 9;
  ASSERT_TRUE(repo::update(scoped, e));
  EXPECT_EQ(repo::find(scoped, e.id, db::Access::identified)->version, 2);
  EXPECT_EQ(repo::update(scoped, e).error().code, ErrorCode::version_conflict);  // still version 1
  auto first = *repo::after(scoped, {}, "", "", 3);
  ASSERT_EQ(first.size(), 3u);
  auto rest = *repo::after(scoped, {}, first.back().entry_date, first.back().id, 3);
  ASSERT_EQ(rest.size(), 2u);
  EXPECT_EQ(rest.back().entry_date, "2026-03-05");
  EXPECT_EQ(journal_repository::kept_versions(scoped, "outreach", e.id).value(), 0);
}

FILET_ON_BOTH_ENGINES(OutreachRepositoryTest);

}  // namespace
}  // namespace filet::journal
