#include "db/database.hpp"

#include <gtest/gtest.h>

#include <optional>

#include "db/migrations.hpp"
#include "db/pg/pg_connection.hpp"
#include "db/pool.hpp"
#include "db/testing/test_database.hpp"

namespace filet::db {
namespace {

using DatabaseTest = testing::EngineTest;

TEST_P(DatabaseTest, MigrationsAreAppliedOnceAndRecorded) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto again = migrate(**c);
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, 0);
  auto version = schema_version(**c);
  ASSERT_TRUE(version);
  EXPECT_GE(*version, 1);
}

TEST_P(DatabaseTest, TransactionRollsBackUnlessCommitted) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  {
    auto tx = Transaction::begin(**c);
    ASSERT_TRUE(tx);
    ASSERT_TRUE((*c)->execute("INSERT INTO settings (key, value) VALUES (?, ?)", {std::string("a"), std::string("1")}));
  }  // dropped without commit
  auto rows = (*c)->query("SELECT COUNT(*) FROM settings");
  ASSERT_TRUE(rows);
  EXPECT_EQ(rows->front().integer(0), 0);
  auto tx = Transaction::begin(**c);
  ASSERT_TRUE((*c)->execute("INSERT INTO settings (key, value) VALUES (?, ?)", {std::string("b"), std::string("2")}));
  ASSERT_TRUE(tx->commit());
  EXPECT_EQ((*c)->query("SELECT value FROM settings WHERE key = ?", {std::string("b")})->front().text(0), "2");
}

TEST_P(DatabaseTest, NestedTransactionsAreSavepoints) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto count = [&] { return (*c)->query("SELECT COUNT(*) FROM settings")->front().integer(0); };
  std::optional<Transaction> outer;
  {
    auto begun = Transaction::begin(**c);
    ASSERT_TRUE(begun);
    outer.emplace(std::move(*begun));
  }
  ASSERT_TRUE((*c)->execute("INSERT INTO settings (key, value) VALUES ('kept', '1')"));
  {
    auto inner = Transaction::begin(**c);
    ASSERT_TRUE(inner);
    ASSERT_TRUE((*c)->execute("INSERT INTO settings (key, value) VALUES ('undone', '2')"));
    // A failed statement inside the savepoint (PostgreSQL then refuses more until rolled back).
    ASSERT_FALSE((*c)->execute("INSERT INTO settings (key, value) VALUES ('kept', '3')"));
  }  // dropped: only what it did is undone, and the outer transaction goes on
  EXPECT_EQ(count(), 1);
  {
    auto inner = Transaction::begin(**c);
    ASSERT_TRUE((*c)->execute("INSERT INTO settings (key, value) VALUES ('released', '4')"));
    ASSERT_TRUE(inner->commit());
  }
  EXPECT_EQ(count(), 2);
  outer.reset();  // the outer one dropped: the released savepoint goes with it
  EXPECT_EQ(count(), 0);
}

TEST_P(DatabaseTest, UnitOfWorkLendsItsConnectionAndCommitsOnce) {
  {
    auto unit = UnitOfWork::open(pool());
    ASSERT_TRUE(unit);
    auto lent = pool().acquire();
    ASSERT_TRUE(lent);
    EXPECT_EQ(&**lent, &(*unit)->connection());
    auto tx = Transaction::begin(**lent);  // a service's own transaction: a savepoint
    ASSERT_TRUE((*lent)->execute("INSERT INTO settings (key, value) VALUES ('a', '1')"));
    ASSERT_TRUE(tx->commit());
  }  // the unit dropped without commit: nothing stays
  {
    auto c = pool().acquire();
    EXPECT_EQ((*c)->query("SELECT COUNT(*) FROM settings")->front().integer(0), 0);
  }
  {
    auto unit = UnitOfWork::open(pool());
    ASSERT_TRUE(unit);
    auto lent = pool().acquire();
    auto tx = Transaction::begin(**lent);
    ASSERT_TRUE((*lent)->execute("INSERT INTO settings (key, value) VALUES ('b', '2')"));
    ASSERT_TRUE(tx->commit());
    ASSERT_TRUE((*unit)->commit());
  }
  auto after = pool().acquire();
  EXPECT_EQ((*after)->query("SELECT COUNT(*) FROM settings")->front().integer(0), 1);
}

TEST_P(DatabaseTest, UniqueViolationIsAConflict) {
  auto c = pool().acquire();
  ASSERT_TRUE((*c)->execute("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
  auto again = (*c)->execute("INSERT INTO settings (key, value) VALUES ('k', 'w')");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
}

TEST_P(DatabaseTest, CursorStreamsAndStopsEarly) {
  auto c = pool().acquire();
  for (int i = 0; i < 50; ++i)
    ASSERT_TRUE(
        (*c)->execute("INSERT INTO settings (key, value) VALUES (?, ?)", {"k" + std::to_string(i), int64_t{i}}));
  int seen = 0;
  ASSERT_TRUE((*c)->each("SELECT key FROM settings ORDER BY key", {}, [&](const Row&) { return ++seen < 10; }));
  EXPECT_EQ(seen, 10);
  // The connection is usable afterwards (the cursor was drained or reset).
  EXPECT_EQ((*c)->query("SELECT COUNT(*) FROM settings")->front().integer(0), 50);
}

TEST_P(DatabaseTest, AuditLogIsAppendOnly) {
  auto c = pool().acquire();
  ASSERT_TRUE((*c)->execute("INSERT INTO audit_log (at, action, entity) VALUES ('2026-01-01', 'create', 'x')"));
  EXPECT_FALSE((*c)->execute("UPDATE audit_log SET action = 'delete'"));
  EXPECT_FALSE((*c)->execute("DELETE FROM audit_log"));
  EXPECT_EQ((*c)->query("SELECT action FROM audit_log")->front().text(0), "create");
}

TEST_P(DatabaseTest, NullsAndIntegersRoundTrip) {
  auto c = pool().acquire();
  auto rows = (*c)->query("SELECT ?, ?, ?", {Value{}, int64_t{42}, std::string("é")});
  ASSERT_TRUE(rows) << rows.error().detail;
  EXPECT_TRUE(rows->front().is_null(0));
  EXPECT_EQ(rows->front().integer(1), 42);
  EXPECT_EQ(rows->front().text(2), "é");
}

// The SQLite connection reads a column's text before its type and binds texts without copying
// them: an empty text stays distinct from NULL, and a cached statement run again with other
// parameters reads the new ones, a NULL column of one row holding text in the next.
TEST_P(DatabaseTest, EmptyTextIsNotNullAndACachedStatementReadsItsNewParameters) {
  auto c = pool().acquire();
  const std::string sql = "SELECT ?, ?, ? UNION ALL SELECT ?, NULL, ''";
  for (std::string text : {"première", "seconde"}) {
    auto rows = (*c)->query(sql, {std::string(""), Value{}, text, text});
    ASSERT_TRUE(rows) << rows.error().detail;
    ASSERT_EQ(rows->size(), 2U);
    EXPECT_FALSE(rows->at(0).is_null(0));
    EXPECT_EQ(rows->at(0).text(0), "");
    EXPECT_TRUE(rows->at(0).is_null(1));
    EXPECT_EQ(rows->at(0).text(2), text);
    EXPECT_EQ(rows->at(1).text(0), text);
    EXPECT_TRUE(rows->at(1).is_null(1));
    EXPECT_FALSE(rows->at(1).is_null(2));
  }
  std::vector<std::optional<std::string>> seen;
  ASSERT_TRUE((*c)->each("SELECT NULL UNION ALL SELECT 'texte'", {}, [&](Row& row) {
    seen.push_back(row.optional_text(0));
    return true;
  }));
  ASSERT_EQ(seen.size(), 2U);
  EXPECT_FALSE(seen[0]);
  EXPECT_EQ(seen[1], "texte");
}

// A row given to `each` reads the engine's row in place: views, integers, NULLs; a row kept by
// the reader (copied or moved) keeps its own values once the statement has moved on.
TEST_P(DatabaseTest, ARowReadInPlaceAndARowKeptHoldTheSameValues) {
  auto c = pool().acquire();
  std::vector<Row> kept;
  std::vector<std::string> views;
  std::vector<int64_t> numbers;
  ASSERT_TRUE(
      (*c)->each("SELECT 'un', 41 + 1, NULL, '7' UNION ALL SELECT 'deux', -3, 'x', 't' ORDER BY 2", {}, [&](Row& row) {
        EXPECT_EQ(row.size(), 4U);
        views.emplace_back(row.view(0));
        numbers.push_back(row.integer(1));
        EXPECT_EQ(row.text(1), std::to_string(numbers.back()));  // the text, then
        EXPECT_EQ(row.integer(1), numbers.back());               // the integer again
        EXPECT_EQ(row.is_null(2), numbers.back() == 42);
        EXPECT_EQ(row.view(2), numbers.back() == 42 ? "" : "x");
        EXPECT_THROW((void)row.view(4), std::out_of_range);
        Row copy = row;
        kept.push_back(std::move(row));
        EXPECT_EQ(copy.text(0), kept.back().text(0));
        return true;
      }));
  EXPECT_EQ(views, (std::vector<std::string>{"deux", "un"}));
  EXPECT_EQ(numbers, (std::vector<int64_t>{-3, 42}));
  ASSERT_EQ(kept.size(), 2U);
  EXPECT_EQ(kept[0].text(0), "deux");
  EXPECT_EQ(kept[0].integer(3), 1);  // 't': a PostgreSQL boolean's text
  EXPECT_EQ(kept[1].text(0), "un");
  EXPECT_EQ(kept[1].integer(1), 42);
  EXPECT_TRUE(kept[1].is_null(2));
  EXPECT_EQ(kept[1].integer(3), 7);
  EXPECT_EQ(kept[1].view(3), "7");
}

// PostgreSQL parses and plans a query once per connection (pg_connection prepares it on first
// use); a statement that cannot be prepared is an error like any other and the connection goes on.
TEST_P(DatabaseTest, PostgresqlPreparesAQueryOncePerConnection) {
  if (GetParam() != Engine::postgresql) GTEST_SKIP() << "PostgreSQL only";
  auto c = pool().acquire();
  for (int i = 0; i < 3; ++i) ASSERT_TRUE((*c)->query("SELECT value FROM settings WHERE key = ?", {std::string("k")}));
  auto kept = (*c)->query("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement = ?",
                          {std::string("SELECT value FROM settings WHERE key = $1")});
  ASSERT_TRUE(kept) << kept.error().detail;
  EXPECT_EQ(kept->front().integer(0), 1);
  EXPECT_FALSE((*c)->query("SELECT nothing FROM nowhere"));
  EXPECT_EQ((*c)->query("SELECT COUNT(*) FROM settings")->front().integer(0), 0);
}

FILET_ON_BOTH_ENGINES(DatabaseTest);

TEST(PgPlaceholders, NumbersOutsideQuotesOnly) {
  EXPECT_EQ(pg::number_placeholders("SELECT ? , '?', ? FROM t WHERE a = ?"), "SELECT $1 , '?', $2 FROM t WHERE a = $3");
}

TEST(DatabaseUrl, ParsesBothEnginesAndRejectsOthers) {
  EXPECT_EQ(parse_url("sqlite:data/filet.db")->target, "data/filet.db");
  EXPECT_EQ(parse_url("postgresql://u@h/db")->engine, Engine::postgresql);
  EXPECT_FALSE(parse_url("mysql://x"));
  EXPECT_FALSE(parse_url("sqlite:"));
}

TEST(Sqlite, StartsInWalWithFullSyncAndForeignKeys) {
  std::string path = ::testing::TempDir() + "/filet-pragmas.db";
  auto c = connect("sqlite:" + path);
  ASSERT_TRUE(c);
  EXPECT_EQ((*c)->query("PRAGMA journal_mode")->front().text(0), "wal");
  EXPECT_EQ((*c)->query("PRAGMA synchronous")->front().integer(0), 2);
  EXPECT_EQ((*c)->query("PRAGMA foreign_keys")->front().integer(0), 1);
  // Deleted rows are overwritten, not left readable in free pages (Law 25's destruction).
  EXPECT_EQ((*c)->query("PRAGMA secure_delete")->front().integer(0), 1);
}

}  // namespace
}  // namespace filet::db
