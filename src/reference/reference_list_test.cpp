#include "reference/reference_list.hpp"

#include <gtest/gtest.h>

#include <map>

#include "reference/reference_install.hpp"
#include "reference/reference_lists_data.hpp"

namespace filet::reference {
namespace {

TEST(ReferenceCode, AcceptsLowercaseSnakeCodesOfTwoTo41Characters) {
  EXPECT_TRUE(is_valid_code("parks"));
  EXPECT_TRUE(is_valid_code("ab"));
  EXPECT_TRUE(is_valid_code("health_social_services_staff"));
  EXPECT_TRUE(is_valid_code("a2"));
  EXPECT_TRUE(is_valid_code("a" + std::string(40, 'b')));
  EXPECT_FALSE(is_valid_code("a" + std::string(41, 'b')));
  EXPECT_FALSE(is_valid_code("a"));
  EXPECT_FALSE(is_valid_code(""));
  EXPECT_FALSE(is_valid_code("Parks"));
  EXPECT_FALSE(is_valid_code("2parks"));
  EXPECT_FALSE(is_valid_code("_parks"));
  EXPECT_FALSE(is_valid_code("parcs-publics"));
  EXPECT_FALSE(is_valid_code("parcs publics"));
  EXPECT_FALSE(is_valid_code("écoles"));
}

TEST(BuiltInLists, TheShippedDataIsCleanAndHoldsSeed003sLists) {
  auto lists = parse_built_in_lists(kReferenceListsJson);
  ASSERT_TRUE(lists) << lists.error().detail;
  std::map<std::string, const BuiltInList*> by_key;
  for (const auto& l : *lists) by_key[l.list.key] = &l;
  for (const char* key : {"outreach_strategy", "outreach_place_type", "organization_category", "networking_activity",
                          "vulnerability_factor", "accompaniment_element", "accompaniment_obstacle", "contact_mode",
                          "family_closing_reason", "service_gap_reason", "referral_decline_reason", "efficacy_rating"})
    EXPECT_TRUE(by_key.contains(key)) << key;
  const auto& strategies = by_key.at("outreach_strategy")->entries;
  ASSERT_EQ(strategies.size(), 11u);
  EXPECT_EQ(strategies.front().code, "social_media");
  EXPECT_EQ(strategies.front().label_fr, "Réseaux sociaux");
  EXPECT_EQ(strategies.front().position, 1);
  EXPECT_EQ(strategies.back().label_fr, "Auprès de la ou des municipalités");
  EXPECT_EQ(by_key.at("organization_category")->entries.size(), 5u);
  EXPECT_EQ(by_key.at("networking_activity")->entries.size(), 6u);
  EXPECT_EQ(by_key.at("vulnerability_factor")->entries.size(), 8u);
  EXPECT_EQ(by_key.at("efficacy_rating")->entries.size(), 4u);
}

TEST(BuiltInLists, RefusesBadCodesRepeatedCodesAndMissingLabels) {
  auto bad_code = parse_built_in_lists(R"([{"key":"x_list","name_fr":"X","name_en":"X","entries":[
      {"code":"Bad Code","fr":"a","en":"a"}]}])");
  EXPECT_FALSE(bad_code);
  auto twice = parse_built_in_lists(R"([{"key":"x_list","name_fr":"X","name_en":"X","entries":[
      {"code":"same","fr":"a","en":"a"},{"code":"same","fr":"b","en":"b"}]}])");
  EXPECT_FALSE(twice);
  auto no_label = parse_built_in_lists(R"([{"key":"x_list","name_fr":"X","name_en":"X","entries":[
      {"code":"alone","fr":"seul"}]}])");
  EXPECT_FALSE(no_label);
  auto not_json = parse_built_in_lists("{");
  EXPECT_FALSE(not_json);
  auto good = parse_built_in_lists(R"([{"key":"x_list","name_fr":"X","name_en":"X","entries":[
      {"code":"alone","fr":"seul","en":"alone"}]}])");
  ASSERT_TRUE(good);
  EXPECT_TRUE(good->front().entries.front().built_in);
}

TEST(ReferenceJson, AnEntrySaysWhetherItIsRetired) {
  ReferenceEntry e{.code = "parks", .label_fr = "Parcs", .label_en = "Parks"};
  EXPECT_FALSE(to_json(e).at("retired").as_bool());
  EXPECT_TRUE(to_json(e).at("retired_at").is_null());
  e.retired_at = "2026-12-06T10:00:00Z";
  EXPECT_TRUE(to_json(e).at("retired").as_bool());
  EXPECT_EQ(to_json(e).at("retired_at").as_string(), "2026-12-06T10:00:00Z");
}

}  // namespace
}  // namespace filet::reference
