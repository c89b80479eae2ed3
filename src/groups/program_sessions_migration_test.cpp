// The migration that gave programs their sessions carries each existing program's themes (a JSON
// array) into numbered sessions, in order, on both engines: its engine part is run again here on
// a program written the former way.
#include <gtest/gtest.h>

#include "db/migrations.hpp"
#include "db/testing/test_database.hpp"
#include "db/testing/two_organizations.hpp"

namespace filet::groups {
namespace {

using ProgramSessionsMigrationTest = testing::EngineTest;

const db::Migration& program_sessions_migration() {
  for (const auto& m : db::embedded_migrations())
    if (m.name.ends_with("_program_sessions_files")) return m;
  throw std::logic_error("no program sessions migration");
}

TEST_P(ProgramSessionsMigrationTest, ThemesBecomeNumberedSessions) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  testing::add_two_organizations(**c);
  ASSERT_TRUE((*c)->execute("ALTER TABLE group_programs ADD COLUMN themes TEXT NOT NULL DEFAULT '[]'"));
  ASSERT_TRUE((*c)->execute(
      "INSERT INTO group_programs (id, organization_id, name, themes, created_at, updated_at) VALUES "
      "('00000000-0000-4000-8000-000000000701', ?, 'EI', ?, 't', 't'), "
      "('00000000-0000-4000-8000-000000000702', ?, 'Vide', '[]', 't', 't')",
      {testing::kOrgA, "[\"Faisons connaissance!\", \"Mon identité « d’intervenante »\", \"Bilan\"]", testing::kOrgA}));
  const auto& m = program_sessions_migration();
  auto ran = (*c)->execute_script(m.engine_sql((*c)->engine()));
  ASSERT_TRUE(ran) << ran.error().detail;
  auto rows = (*c)->query(
      "SELECT program_id, number, theme, description, checklist FROM group_program_sessions "
      "ORDER BY program_id, number");
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].integer(1), 1);
  EXPECT_EQ((*rows)[0].text(2), "Faisons connaissance!");
  EXPECT_EQ((*rows)[1].integer(1), 2);
  EXPECT_EQ((*rows)[1].text(2), "Mon identité « d’intervenante »");
  EXPECT_EQ((*rows)[2].text(2), "Bilan");
  EXPECT_EQ((*rows)[2].text(3), "");
  EXPECT_EQ((*rows)[2].text(4), "[]");
  EXPECT_FALSE((*c)->query("SELECT themes FROM group_programs"));  // the former column is gone
}

FILET_ON_BOTH_ENGINES(ProgramSessionsMigrationTest);

}  // namespace
}  // namespace filet::groups
