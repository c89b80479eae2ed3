#include "journal/journal_service.hpp"

#include <gtest/gtest.h>

#include "common/clock.hpp"
#include "db/testing/test_database.hpp"
#include "journal/journal_repository.hpp"
#include "journal/journal_test_support.hpp"

namespace filet::journal {
namespace {

using JournalServiceTest = filet::testing::EngineTest;
using testing::kActor;

OutreachChanges outreach_today() {
  OutreachChanges c;
  c.entry_date = today();
  c.duration_minutes = 45;
  c.place_type = "park";
  c.strategy = "parks";
  c.parents_reached = 3;
  c.fathers_reached = 1;
  c.efficacy = 3;
  c.note = "Deux mères, un père au parc.";
  return c;
}

int64_t rows(db::Pool& pool, const std::string& sql, const db::Params& params = {}) {
  auto c = pool.acquire();
  return (*c)->query(sql, params)->front().integer(0);
}

TEST_P(JournalServiceTest, ARecordedEntryBelongsToTheWorkerAndAResentIdMakesNoSecondRow) {
  auto n = testing::make_network(pool());
  OutreachService service(pool());
  auto scope = testing::scope_of(n, n.worker);
  auto changes = outreach_today();
  changes.client_id = "0f8e1c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
  auto first = service.create(kActor, n.worker, scope, changes);
  ASSERT_TRUE(first) << first.error().detail;
  EXPECT_EQ(first->id, "0f8e1c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
  EXPECT_EQ(first->organization_id, n.org_a);  // the worker's one organization
  EXPECT_EQ(first->worker_id, n.worker.user_id);
  EXPECT_TRUE(first->editable);
  changes.parents_reached = 7;  // a resend answers the first record, whatever it carries
  auto again = service.create(kActor, n.worker, scope, changes);
  ASSERT_TRUE(again) << again.error().detail;
  EXPECT_EQ(again->parents_reached, 3);
  EXPECT_EQ(rows(pool(), "SELECT COUNT(*) FROM outreach_entries"), 1);
  EXPECT_EQ(rows(pool(), "SELECT COUNT(*) FROM audit_log WHERE entity = 'outreach_entry'"), 1);
  // The same id from another organization is a conflict, not a read of someone else's entry.
  auto other_scope = testing::scope_of(n, n.other_worker);
  auto taken = service.create(kActor, n.other_worker, other_scope, changes);
  ASSERT_FALSE(taken);
  EXPECT_EQ(taken.error().code, ErrorCode::conflict);
}

TEST_P(JournalServiceTest, BadValuesAreRefusedAndNothingIsWritten) {
  auto n = testing::make_network(pool());
  OutreachService service(pool());
  auto scope = testing::scope_of(n, n.worker);
  auto fathers = outreach_today();
  fathers.fathers_reached = 4;
  EXPECT_EQ(service.create(kActor, n.worker, scope, fathers).error().fields.front().field, "fathers_reached");
  auto strategy = outreach_today();
  strategy.strategy = "door_to_door";
  EXPECT_EQ(service.create(kActor, n.worker, scope, strategy).error().fields.front().field, "strategy");
  auto future = outreach_today();
  future.entry_date = *clock::add_days(today(), 3);
  EXPECT_EQ(service.create(kActor, n.worker, scope, future).error().fields.front().code, FieldCode::in_future);
  auto elsewhere = outreach_today();
  elsewhere.organization_id = n.org_b;
  EXPECT_EQ(service.create(kActor, n.worker, scope, elsewhere).error().code, ErrorCode::forbidden);
  EXPECT_EQ(rows(pool(), "SELECT COUNT(*) FROM outreach_entries"), 0);
}

TEST_P(JournalServiceTest, TheEditingWindowVersionsAndHistory) {
  auto n = testing::make_network(pool());
  OutreachService service(pool());
  auto worker_scope = testing::scope_of(n, n.worker);
  auto manager_scope = testing::scope_of(n, n.manager);
  auto old = outreach_today();
  old.entry_date = *clock::add_days(today(), -10);
  auto e = service.create(kActor, n.worker, worker_scope, old);
  ASSERT_TRUE(e) << e.error().detail;
  EXPECT_FALSE(e->editable);  // past the window already
  OutreachChanges more;
  more.parents_reached = 5;
  EXPECT_EQ(service.update(kActor, n.worker, worker_scope, e->id, more).error().code, ErrorCode::editing_window_closed);
  EXPECT_EQ(service.update(kActor, n.colleague, worker_scope, e->id, more).error().code, ErrorCode::forbidden);
  more.version = 1;
  auto changed = service.update(kActor, n.manager, manager_scope, e->id, more);
  ASSERT_TRUE(changed) << changed.error().detail;
  EXPECT_EQ(changed->version, 2);
  EXPECT_EQ(changed->parents_reached, 5);
  auto stale = service.update(kActor, n.manager, manager_scope, e->id, more);  // still version 1
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::version_conflict);
  EXPECT_NE(stale.error().current.find("\"version\":2"), std::string::npos);
  // The version before the change is kept, with its values; the log has none.
  EXPECT_EQ(rows(pool(), "SELECT COUNT(*) FROM journal_entry_versions WHERE entry_id = ? AND version = 1", {e->id}), 1);
  auto c = pool().acquire();
  auto kept = (*c)->query("SELECT document FROM journal_entry_versions WHERE entry_id = ?", {e->id});
  EXPECT_NE(kept->front().text(0).find("\"parents_reached\":3"), std::string::npos);
  // A practitioner cannot move the date of their fresh entry back out of the window either.
  auto fresh = service.create(kActor, n.worker, worker_scope, outreach_today());
  OutreachChanges back;
  back.entry_date = *clock::add_days(today(), -30);
  EXPECT_EQ(service.update(kActor, n.worker, worker_scope, fresh->id, back).error().code,
            ErrorCode::editing_window_closed);
}

TEST_P(JournalServiceTest, OutsideItsOrganizationAnEntryIsShownWithoutNoteOrWorker) {
  auto n = testing::make_network(pool());
  OutreachService service(pool());
  auto worker_scope = testing::scope_of(n, n.worker);
  auto e = service.create(kActor, n.worker, worker_scope, outreach_today());
  ASSERT_TRUE(e);
  EXPECT_EQ(e->note, "Deux mères, un père au parc.");
  auto coordinator_scope = testing::scope_of(n, n.coordinator);
  auto seen = service.get(n.coordinator, coordinator_scope, e->id);
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->note, "");
  EXPECT_EQ(seen->worker_id, "");
  EXPECT_EQ(seen->worker_name, "");
  EXPECT_FALSE(seen->editable);
  auto page = service.list(n.coordinator, coordinator_scope, {}, {});
  ASSERT_EQ(page->total, 1);
  EXPECT_EQ(page->items.front().note, "");
  auto other_scope = testing::scope_of(n, n.other_worker);
  EXPECT_EQ(service.get(n.other_worker, other_scope, e->id).error().code, ErrorCode::not_found);
}

TEST_P(JournalServiceTest, ANetworkingEntryNamesExactlyOneOrganizationReached) {
  auto n = testing::make_network(pool());
  NetworkingService service(pool());
  auto scope = testing::scope_of(n, n.worker);
  NetworkingChanges both;
  both.entry_date = today();
  both.partner_organization_id = n.org_b;
  both.partner_name = "Comptoir alimentaire";
  both.category = "community_organizations";
  both.activity = "meeting";
  both.participants = "both";
  both.efficacy = 4;
  auto refused = service.create(kActor, n.worker, scope, both);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.front().code, FieldCode::one_of_two);
  both.partner_name.reset();
  auto made = service.create(kActor, n.worker, scope, both);
  ASSERT_TRUE(made) << made.error().detail;
  EXPECT_EQ(made->partner_organization_name, "Maison de la famille B");
  NetworkingChanges typed;
  typed.partner_organization_id = "";
  typed.partner_name = "Comptoir alimentaire";
  auto switched = service.update(kActor, n.worker, scope, made->id, typed);
  ASSERT_TRUE(switched) << switched.error().detail;
  EXPECT_EQ(switched->partner_organization_id, "");
  EXPECT_EQ(switched->partner_name, "Comptoir alimentaire");
  EXPECT_EQ(rows(pool(), "SELECT COUNT(*) FROM networking_entries"), 1);
}

FILET_ON_BOTH_ENGINES(JournalServiceTest);

}  // namespace
}  // namespace filet::journal
