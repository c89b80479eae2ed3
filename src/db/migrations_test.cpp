#include "db/migrations.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "db/testing/test_database.hpp"

namespace filet::db {
namespace {

// Databases record each migration by version and name: these must never change, or a database
// made by an earlier Filet would run a migration twice or refuse to start.
const std::vector<std::pair<int64_t, std::string>> kRecorded = {
    {1, "0001_core"},
    {2, "0002_directory"},
    {3, "0003_search_index"},
    {4, "0004_hsds_documents"},
    {5, "0005_search_filters"},
    {6, "0006_sign_in_security"},
    {7, "0007_public_service_pages"},
    {8, "0008_record_versions"},
    {9, "0009_reference_lists"},
};

TEST(Migrations, KeepTheVersionsAndNamesDatabasesRecorded) {
  const auto& all = embedded_migrations();
  ASSERT_GE(all.size(), kRecorded.size());
  for (size_t i = 0; i < kRecorded.size(); ++i) {
    EXPECT_EQ(all[i].version, kRecorded[i].first);
    EXPECT_EQ(all[i].name, kRecorded[i].second);
  }
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].version, static_cast<int>(i) + 1) << all[i].name;
    EXPECT_FALSE(all[i].sql.empty()) << all[i].name;
  }
}

TEST(Migrations, KeepEachEnginesFragmentAndDropTheOthers) {
  const std::string sql =
      "CREATE TABLE t (id /*sqlite: INTEGER PRIMARY KEY*//*pg: BIGSERIAL PRIMARY KEY*/) "
      "/*sqlite: WITHOUT ROWID*/; /* a comment */ SELECT 1;";
  EXPECT_EQ(for_engine(sql, Engine::sqlite),
            "CREATE TABLE t (id INTEGER PRIMARY KEY) WITHOUT ROWID; /* a comment */ SELECT 1;");
  EXPECT_EQ(for_engine(sql, Engine::postgresql),
            "CREATE TABLE t (id BIGSERIAL PRIMARY KEY) ; /* a comment */ SELECT 1;");
  EXPECT_EQ(for_engine("SELECT 1; /*sqlite: unclosed", Engine::sqlite), "SELECT 1; /*sqlite: unclosed");
  EXPECT_EQ(for_engine("", Engine::postgresql), "");
}

using MigrationsTest = testing::EngineTest;

TEST_P(MigrationsTest, RecordsEachMigrationOnceUnderItsName) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto rows = (*c)->query("SELECT version, name FROM schema_migrations ORDER BY version");
  ASSERT_TRUE(rows) << rows.error().detail;
  ASSERT_EQ(rows->size(), embedded_migrations().size());
  for (size_t i = 0; i < kRecorded.size(); ++i) {
    EXPECT_EQ((*rows)[i].integer(0), kRecorded[i].first);
    EXPECT_EQ((*rows)[i].text(1), kRecorded[i].second);
  }
  // A database that has them all (one made by an earlier Filet too) runs none again.
  auto again = migrate(**c);
  ASSERT_TRUE(again) << again.error().detail;
  EXPECT_EQ(*again, 0);
}

// The engine parts ran: the audit log refuses changes and the full-text index exists.
TEST_P(MigrationsTest, RunsEachEnginesOwnPart) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  ASSERT_TRUE((*c)->execute("INSERT INTO audit_log (at, action, entity) VALUES ('2026-01-01T00:00:00Z', 'x', 'y')"));
  EXPECT_FALSE((*c)->execute("UPDATE audit_log SET action = 'z'"));
  EXPECT_FALSE((*c)->execute("DELETE FROM audit_log"));
  auto fts =
      (*c)->engine() == Engine::sqlite
          ? (*c)->query("SELECT COUNT(*) FROM sqlite_master WHERE name = 'services_fts'")
          : (*c)->query(
                "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'services_fts' AND schemaname = current_schema()");
  ASSERT_TRUE(fts);
  EXPECT_EQ(fts->front().integer(0), 1);
}

FILET_ON_BOTH_ENGINES(MigrationsTest);

}  // namespace
}  // namespace filet::db
