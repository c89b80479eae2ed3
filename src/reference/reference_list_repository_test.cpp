#include "reference/reference_list_repository.hpp"

#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"

namespace filet::reference {
namespace {

namespace repo = reference_list_repository;
using ReferenceListRepositoryTest = testing::EngineTest;

TEST_P(ReferenceListRepositoryTest, SavesAListAndItsEntriesAndCountsThem) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  ReferenceList list{.key = "test_list", .name_fr = "Liste d’essai", .name_en = "Test list", .position = 99};
  ASSERT_TRUE(repo::save_list(**c, list));
  list.name_en = "Trial list";
  ASSERT_TRUE(repo::save_list(**c, list));  // a second save updates, never duplicates
  ReferenceEntry e{.id = "00000000-0000-4000-8000-0000000000a1",
                   .list_key = "test_list",
                   .code = "first",
                   .label_fr = "Premier",
                   .label_en = "First",
                   .position = 1,
                   .created_at = "2026-01-01T00:00:00Z",
                   .updated_at = "2026-01-01T00:00:00Z"};
  ASSERT_TRUE(repo::insert_entry(**c, e));
  ReferenceEntry retired = e;
  retired.id = "00000000-0000-4000-8000-0000000000a2";
  retired.code = "second";
  retired.position = 2;
  retired.retired_at = "2026-02-01T00:00:00Z";
  ASSERT_TRUE(repo::insert_entry(**c, retired));

  auto found = repo::find_list(**c, "test_list");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name_en, "Trial list");
  EXPECT_EQ(found->active_count, 1);
  EXPECT_EQ(found->retired_count, 1);
  EXPECT_EQ(repo::entries(**c, "test_list", false)->size(), 1u);
  EXPECT_EQ(repo::entries(**c, "test_list", true)->size(), 2u);
  EXPECT_EQ(*repo::next_position(**c, "test_list"), 3);
  EXPECT_EQ(repo::codes(**c, "test_list")->size(), 2u);
  auto second = repo::find_entry(**c, "test_list", "second");
  ASSERT_TRUE(second);
  EXPECT_TRUE(second->retired());
  EXPECT_TRUE(second->created_by.empty());

  second->retired_at.clear();
  second->label_fr = "Deuxième";
  ASSERT_TRUE(repo::update_entry(**c, *second));
  auto restored = repo::find_entry(**c, "test_list", "second");
  EXPECT_FALSE(restored->retired());
  EXPECT_EQ(restored->label_fr, "Deuxième");
  EXPECT_EQ(repo::find_list(**c, "test_list")->active_count, 2);
}

TEST_P(ReferenceListRepositoryTest, TheDatabaseRefusesACodeTwiceInAList) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto phone = repo::find_entry(**c, "contact_mode", "phone");
  ASSERT_TRUE(phone);
  ReferenceEntry twin = *phone;
  twin.id = "00000000-0000-4000-8000-0000000000b1";
  auto again = repo::insert_entry(**c, twin);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  auto missing = repo::find_list(**c, "no_such_list");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

FILET_ON_BOTH_ENGINES(ReferenceListRepositoryTest);

}  // namespace
}  // namespace filet::reference
