// The summary's SQL on both engines: counts grouped by code within the scope, the period's
// bounds, and outside the organization only the families consenting to evaluation data.
#include "reports/summary_repository.hpp"

#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"
#include "families/entry_repository.hpp"
#include "families/family_repository.hpp"
#include "journal/journal_test_support.hpp"
#include "journal/outreach_repository.hpp"
#include "reports/summary_service.hpp"

namespace filet::reports {
namespace {

using SummaryRepositoryTest = filet::testing::EngineTest;
namespace jt = journal::testing;

journal::OutreachEntry entry(const std::string& id, const std::string& org, const std::string& worker,
                             const std::string& date, const std::string& strategy, int64_t parents) {
  journal::OutreachEntry e;
  e.id = id;
  e.organization_id = org;
  e.worker_id = worker;
  e.entry_date = date;
  e.duration_minutes = 60;
  e.place_type = "park";
  e.strategy = strategy;
  e.parents_reached = parents;
  e.efficacy = 3;
  e.created_at = e.updated_at = "2026-03-01T10:00:00.000Z";
  return e;
}

families::Family family(const std::string& id, const std::string& org, const std::string& code,
                        const std::string& status) {
  families::Family f;
  f.id = id;
  f.organization_id = org;
  f.code = code;
  f.status = status;
  f.vulnerability_factors = {"housing"};
  f.created_at = f.updated_at = "2026-01-02T00:00:00Z";
  return f;
}

families::CheckIn check_in(const std::string& id, const families::Family& f, const std::string& date, int64_t trust) {
  families::CheckIn e;
  e.id = id;
  e.organization_id = f.organization_id;
  e.family_id = f.id;
  e.check_date = date;
  e.trust_link = trust;
  e.confidence = e.informed = e.resource_use = 2;
  e.created_at = e.updated_at = "2026-03-01T10:00:00Z";
  return e;
}

int64_t entries_of(const SummaryCounts& s, const std::string& strategy) {
  for (const auto& r : s.outreach)
    if (r.strategy == strategy) return r.entries;
  return 0;
}

int64_t families_of(const std::vector<FamilyCount>& rows, const std::string& code) {
  for (const auto& r : rows)
    if (r.code == code) return r.families;
  return 0;
}

TEST_P(SummaryRepositoryTest, CountsWithinTheScopeAndThePeriodAndOutsideOnlyConsentingFamilies) {
  auto n = jt::make_network(pool());
  auto host = auth::ScopeIssuer::for_host();
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto w = host.on(**c);
  using out = journal::outreach_repository;
  ASSERT_TRUE(*out::insert(
      w, entry("00000000-0000-4000-8000-00000000a001", n.org_a, n.worker.user_id, "2026-03-02", "parks", 4)));
  ASSERT_TRUE(*out::insert(
      w, entry("00000000-0000-4000-8000-00000000a002", n.org_a, n.worker.user_id, "2026-03-09", "parks", 6)));
  ASSERT_TRUE(*out::insert(
      w, entry("00000000-0000-4000-8000-00000000a003", n.org_a, n.colleague.user_id, "2026-03-10", "streets", 1)));
  ASSERT_TRUE(*out::insert(
      w, entry("00000000-0000-4000-8000-00000000b001", n.org_b, n.other_worker.user_id, "2026-03-03", "parks", 2)));
  namespace fam = families::family_repository;
  auto a1 = family("00000000-0000-4000-8000-00000000fa01", n.org_a, "BABA-22", "accompanied");
  auto b1 = family("00000000-0000-4000-8000-00000000fb01", n.org_b, "BEBE-22", "in_contact");
  auto b2 = family("00000000-0000-4000-8000-00000000fb02", n.org_b, "BIBI-22", "accompanied");
  for (const auto* f : {&a1, &b1, &b2}) ASSERT_TRUE(*fam::insert(w, *f, ""));
  families::Consent consent{
      "00000000-0000-4000-8000-00000000cb01", n.org_b, b1.id, "evaluation_data", "", "2026-01-02", "verbal"};
  consent.created_at = consent.updated_at = "2026-01-02T00:00:00Z";
  ASSERT_TRUE(*families::entry_repository::insert(w, consent));
  ASSERT_TRUE(
      *families::entry_repository::insert(w, check_in("00000000-0000-4000-8000-00000000c001", a1, "2026-02-01", 1)));
  ASSERT_TRUE(
      *families::entry_repository::insert(w, check_in("00000000-0000-4000-8000-00000000c002", a1, "2026-04-01", 3)));

  auto worker_scope = jt::scope_of(n, n.worker);
  auto as_worker = worker_scope.on(**c);
  auto mine = summary_repository::counts(as_worker, {}, "2026-05-01");
  ASSERT_TRUE(mine) << mine.error().detail;
  EXPECT_EQ(entries_of(*mine, "parks"), 2) << "org B's entry is not the practitioner's to count";
  EXPECT_EQ(entries_of(*mine, "streets"), 1);
  EXPECT_EQ(mine->outreach.front().parents_reached, 10);
  EXPECT_EQ(families_of(mine->families_by_status, "accompanied"), 1);
  EXPECT_EQ(families_of(mine->families_by_factor, "housing"), 1);
  EXPECT_EQ(mine->check_ins.size(), 2u);

  auto period = summary_repository::counts(as_worker, {"", "2026-03-05", "2026-03-09"}, "2026-05-01");
  ASSERT_TRUE(period);
  EXPECT_EQ(entries_of(*period, "parks"), 1);
  EXPECT_EQ(entries_of(*period, "streets"), 0);
  EXPECT_EQ(period->check_ins.size(), 1u) << "check-ins after the period's end are left out";

  auto coordinator_scope = jt::scope_of(n, n.coordinator);
  auto as_coordinator = coordinator_scope.on(**c);
  auto program = summary_repository::counts(as_coordinator, {}, "2026-05-01");
  ASSERT_TRUE(program) << program.error().detail;
  EXPECT_EQ(entries_of(*program, "parks"), 3) << "both organizations' entries, counted";
  EXPECT_EQ(families_of(program->families_by_status, "in_contact"), 1) << "the consenting family";
  EXPECT_EQ(families_of(program->families_by_status, "accompanied"), 0) << "families without consent stay out";
  EXPECT_TRUE(program->check_ins.empty());
  auto one = summary_repository::counts(as_coordinator, {n.org_b, "", ""}, "2026-05-01");
  ASSERT_TRUE(one);
  EXPECT_EQ(entries_of(*one, "parks"), 1);

  EXPECT_FALSE(must_suppress(worker_scope, "")) << "a practitioner's summary is of their organization";
  EXPECT_TRUE(must_suppress(coordinator_scope, ""));
  EXPECT_TRUE(must_suppress(coordinator_scope, n.org_b));
  auto manager_scope = jt::scope_of(n, n.manager);
  EXPECT_FALSE(must_suppress(manager_scope, n.org_a));
}

FILET_ON_BOTH_ENGINES(SummaryRepositoryTest);

}  // namespace
}  // namespace filet::reports
