#include "db/row_sql.hpp"

#include <gtest/gtest.h>

namespace filet::db {
namespace {

constexpr std::string_view kColumns[] = {"a", "b", "c"};

TEST(RowSql, InsertNamesEveryColumnWithOneMarkEach) {
  EXPECT_EQ(insert_sql("t", kColumns, {"id", "created_at"}),
            "INSERT INTO t (a, b, c, id, created_at) VALUES (?, ?, ?, ?, ?)");
  EXPECT_EQ(insert_sql("t", kColumns, {}), "INSERT INTO t (a, b, c) VALUES (?, ?, ?)");
}

TEST(RowSql, UpdateSetsEveryColumnAndTheNextVersion) {
  EXPECT_EQ(versioned_update_sql("t", kColumns), "UPDATE t SET a = ?, b = ?, c = ?, version = version + 1");
}

}  // namespace
}  // namespace filet::db
