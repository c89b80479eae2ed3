#include "core/territory_list.hpp"

#include <gtest/gtest.h>

namespace filet::core {
namespace {

TEST(TerritoryList, EmptyListIsEmptyText) {
  EXPECT_EQ(territory_list::encode({}), "");
  EXPECT_TRUE(territory_list::decode("").empty());
}

TEST(TerritoryList, KeepsOrderAndNames) {
  std::vector<NamedRef> territories{{"a1", "Montréal-Nord"}, {"b2", "Saint-Léonard"}};
  std::string text = territory_list::encode(territories);
  EXPECT_EQ(text, "a1\tMontréal-Nord\nb2\tSaint-Léonard");
  auto back = territory_list::decode(text);
  ASSERT_EQ(back.size(), 2U);
  EXPECT_EQ(back[0].id, "a1");
  EXPECT_EQ(back[0].name, "Montréal-Nord");
  EXPECT_EQ(back[1].id, "b2");
  EXPECT_EQ(back[1].name, "Saint-Léonard");
}

TEST(TerritoryList, SeparatorsAndBackslashesInTextSurvive) {
  std::vector<NamedRef> territories{{"x\\y", "tab\there"}, {"id", "line\nbreak \\t not a tab"}, {"", ""}};
  auto back = territory_list::decode(territory_list::encode(territories));
  ASSERT_EQ(back.size(), 3U);
  for (size_t i = 0; i < territories.size(); ++i) {
    EXPECT_EQ(back[i].id, territories[i].id);
    EXPECT_EQ(back[i].name, territories[i].name);
  }
}

TEST(TerritoryList, LineWithoutTabIsSkipped) {
  auto back = territory_list::decode("broken\na\tA");
  ASSERT_EQ(back.size(), 1U);
  EXPECT_EQ(back[0].name, "A");
}

}  // namespace
}  // namespace filet::core
