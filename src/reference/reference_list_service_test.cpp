#include "reference/reference_list_service.hpp"

#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"
#include "reference/reference_install.hpp"
#include "reference/reference_list_repository.hpp"
#include "reference/reference_lists_data.hpp"

namespace filet::reference {
namespace {

using ReferenceListServiceTest = testing::EngineTest;
const audit::Actor kActor{"", "test", "req-1"};

std::vector<std::string> codes_of(const std::vector<ReferenceEntry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.code);
  return out;
}

std::vector<std::string> audit_actions(db::Pool& pool, const std::string& entity_id) {
  auto c = pool.acquire();
  auto rows = (*c)->query("SELECT action FROM audit_log WHERE entity = 'reference_entry' AND entity_id = ? ORDER BY id",
                          {entity_id});
  std::vector<std::string> out;
  for (const auto& r : *rows) out.push_back(r.text(0));
  return out;
}

TEST_P(ReferenceListServiceTest, TheFirstStartInstallsTheListsInTheDataFilesOrder) {
  ReferenceListService service(pool());
  auto lists = service.lists();
  ASSERT_TRUE(lists);
  ASSERT_GE(lists->size(), 12u);
  EXPECT_EQ(lists->front().key, "outreach_strategy");
  EXPECT_EQ(lists->front().active_count, 11);
  EXPECT_EQ(lists->front().retired_count, 0);
  auto strategies = service.list("outreach_strategy", false);
  ASSERT_TRUE(strategies);
  EXPECT_EQ(strategies->list.name_fr, "Stratégies de démarchage");
  ASSERT_EQ(strategies->entries.size(), 11u);
  EXPECT_EQ(strategies->entries[3].code, "parks");
  EXPECT_EQ(strategies->entries[3].label_fr, "Présence dans les parcs");
  EXPECT_TRUE(strategies->entries[3].built_in);
  EXPECT_TRUE(strategies->entries[3].created_by.empty());
}

TEST_P(ReferenceListServiceTest, InstallingAgainAddsNothing) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto again = install_reference_lists(**c);
  ASSERT_TRUE(again) << again.error().detail;
  EXPECT_EQ(*again, 0);
  auto entries = reference_list_repository::entries(**c, "outreach_strategy", true);
  ASSERT_TRUE(entries);
  EXPECT_EQ(entries->size(), 11u);
}

TEST_P(ReferenceListServiceTest, ANewerFiletAddsItsNewEntriesAndKeepsEveryAdminChange) {
  ReferenceListService service(pool());
  ASSERT_TRUE(service.update(kActor, "outreach_strategy", "parks", {.label_fr = "Parcs et terrains de jeux"}));
  ASSERT_TRUE(service.update(kActor, "outreach_strategy", "shops", {.retired = true}));
  ASSERT_TRUE(service.update(kActor, "outreach_strategy", "social_media", {.position = 50}));
  ASSERT_TRUE(
      service.add(kActor, "outreach_strategy", "libraries", {.label_fr = "Bibliothèques", .label_en = "Libraries"}));

  // The shipped file plus one entry in an existing list and one new list.
  std::string json(kReferenceListsJson);
  auto strategies = json.find(R"({"code":"social_media")");
  ASSERT_NE(strategies, std::string::npos);
  json.insert(strategies, R"({"code":"laundromats","fr":"Présence dans les buanderies","en":"Laundromats"},)");
  json.insert(json.rfind(']'), R"(,{"key":"new_list","name_fr":"Nouvelle liste","name_en":"New list","entries":[
      {"code":"first","fr":"Premier","en":"First"},{"code":"second","fr":"Deuxième","en":"Second"}]})");
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto added = install_reference_lists(**c, json);
  ASSERT_TRUE(added) << added.error().detail;
  EXPECT_EQ(*added, 3);
  auto again = install_reference_lists(**c, json);
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, 0);

  auto all = service.list("outreach_strategy", true);
  ASSERT_TRUE(all);
  EXPECT_EQ(all->entries.size(), 13u);
  auto parks = service.entry("outreach_strategy", "parks");
  EXPECT_EQ(parks->label_fr, "Parcs et terrains de jeux");
  EXPECT_TRUE(service.entry("outreach_strategy", "shops")->retired());
  // An entry a newer Filet brings goes after every existing one, the admin's reordering included.
  EXPECT_EQ(all->entries.back().code, "laundromats");
  EXPECT_GT(all->entries.back().position, 50);
  auto fresh = service.list("new_list", false);
  ASSERT_TRUE(fresh);
  EXPECT_EQ(codes_of(fresh->entries), (std::vector<std::string>{"first", "second"}));
}

TEST_P(ReferenceListServiceTest, AnAddedEntryGoesLastAndIsAudited) {
  ReferenceListService service(pool());
  audit::Actor admin{"", "admin@test", "req-2"};
  auto added = service.add(admin, "contact_mode", "video_call",
                           {.label_fr = "Appel vidéo", .label_en = "Video call", .description_fr = "Par Teams"});
  ASSERT_TRUE(added) << added.error().detail;
  EXPECT_FALSE(added->built_in);
  EXPECT_EQ(added->description_fr, "Par Teams");
  auto list = service.list("contact_mode", false);
  ASSERT_TRUE(list);
  EXPECT_EQ(list->entries.back().code, "video_call");
  EXPECT_EQ(list->list.active_count, static_cast<int64_t>(list->entries.size()));
  EXPECT_EQ(audit_actions(pool(), added->id), (std::vector<std::string>{"create"}));
}

TEST_P(ReferenceListServiceTest, RefusesADuplicateCodeEvenOfARetiredEntryAndWritesNothing) {
  ReferenceListService service(pool());
  auto twin = service.add(kActor, "contact_mode", "phone", {.label_fr = "Tél.", .label_en = "Phone"});
  ASSERT_FALSE(twin);
  EXPECT_EQ(twin.error().code, ErrorCode::conflict);
  EXPECT_EQ(twin.error().fields.front().field, "code");
  EXPECT_EQ(twin.error().fields.front().code, FieldCode::duplicate);
  EXPECT_EQ(service.entry("contact_mode", "phone")->label_fr, "Téléphone");

  ASSERT_TRUE(service.update(kActor, "contact_mode", "phone", {.retired = true}));
  auto over_retired = service.add(kActor, "contact_mode", "phone", {.label_fr = "Tél.", .label_en = "Phone"});
  ASSERT_FALSE(over_retired);
  EXPECT_EQ(over_retired.error().code, ErrorCode::conflict);
}

TEST_P(ReferenceListServiceTest, RefusesBadInputAndAnUnknownListAndWritesNothing) {
  ReferenceListService service(pool());
  auto before = service.list("contact_mode", true)->entries.size();
  auto unknown = service.add(kActor, "no_such_list", "video_call", {.label_fr = "Vidéo", .label_en = "Video"});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
  auto bad_code = service.add(kActor, "contact_mode", "Video Call", {.label_fr = "Vidéo", .label_en = "Video"});
  ASSERT_FALSE(bad_code);
  EXPECT_EQ(bad_code.error().fields.front().field, "code");
  EXPECT_EQ(bad_code.error().fields.front().code, FieldCode::invalid_format);
  auto no_labels = service.add(kActor, "contact_mode", "video_call", {});
  ASSERT_FALSE(no_labels);
  ASSERT_EQ(no_labels.error().fields.size(), 2u);
  EXPECT_EQ(no_labels.error().fields[0].field, "label_fr");
  EXPECT_EQ(no_labels.error().fields[1].field, "label_en");
  auto emptied = service.update(kActor, "contact_mode", "phone", {.label_en = ""});
  ASSERT_FALSE(emptied);
  EXPECT_EQ(emptied.error().fields.front().field, "label_en");
  auto unknown_code = service.update(kActor, "contact_mode", "carrier_pigeon", {.label_fr = "Pigeon"});
  ASSERT_FALSE(unknown_code);
  EXPECT_EQ(unknown_code.error().code, ErrorCode::not_found);
  EXPECT_EQ(service.list("contact_mode", true)->entries.size(), before);
  EXPECT_EQ(service.entry("contact_mode", "phone")->label_en, "Phone");
}

TEST_P(ReferenceListServiceTest, ARetiredEntryIsReadableByCodeButNotOfferedAndCanBeRestored) {
  ReferenceListService service(pool());
  auto retired = service.update(kActor, "vulnerability_factor", "housing", {.retired = true});
  ASSERT_TRUE(retired);
  EXPECT_TRUE(retired->retired());
  EXPECT_EQ(retired->code, "housing");
  auto offered = service.list("vulnerability_factor", false);
  ASSERT_TRUE(offered);
  EXPECT_EQ(offered->entries.size(), 7u);
  EXPECT_EQ(offered->list.retired_count, 1);
  auto all = service.list("vulnerability_factor", true);
  EXPECT_EQ(all->entries.size(), 8u);
  auto by_code = service.entry("vulnerability_factor", "housing");
  ASSERT_TRUE(by_code);
  EXPECT_TRUE(by_code->retired());
  EXPECT_EQ(by_code->label_fr, "Logement");

  // Retiring twice keeps the first date.
  auto twice = service.update(kActor, "vulnerability_factor", "housing", {.retired = true});
  EXPECT_EQ(twice->retired_at, retired->retired_at);

  auto c = pool().acquire();
  ASSERT_TRUE(c);
  auto for_new = check_offered(**c, "vulnerability_factor", "housing", "vulnerability_factors");
  ASSERT_FALSE(for_new);
  EXPECT_EQ(for_new.error().fields.front().code, FieldCode::invalid_value);
  EXPECT_EQ(for_new.error().fields.front().field, "vulnerability_factors");
  EXPECT_TRUE(check_offered(**c, "vulnerability_factor", "housing", "vulnerability_factors", "housing"));
  EXPECT_TRUE(check_offered(**c, "vulnerability_factor", "mental_health", "vulnerability_factors"));
  auto unknown = check_offered(**c, "vulnerability_factor", "bad_luck", "vulnerability_factors");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().fields.front().code, FieldCode::not_found);

  auto restored = service.update(kActor, "vulnerability_factor", "housing", {.retired = false});
  ASSERT_TRUE(restored);
  EXPECT_FALSE(restored->retired());
  EXPECT_EQ(service.list("vulnerability_factor", false)->entries.size(), 8u);
  EXPECT_EQ(audit_actions(pool(), restored->id), (std::vector<std::string>{"retire", "update", "restore"}));
}

TEST_P(ReferenceListServiceTest, EditingChangesLabelsAndOrderButNeverTheCode) {
  ReferenceListService service(pool());
  auto edited = service.update(kActor, "efficacy_rating", "effective",
                               {.label_fr = "3 — Plutôt efficace", .label_en = "3 — Fairly effective", .position = 0});
  ASSERT_TRUE(edited) << edited.error().detail;
  EXPECT_EQ(edited->code, "effective");
  EXPECT_EQ(edited->label_fr, "3 — Plutôt efficace");
  auto list = service.list("efficacy_rating", false);
  EXPECT_EQ(codes_of(list->entries),
            (std::vector<std::string>{"effective", "not_effective", "slightly_effective", "very_effective"}));
  EXPECT_EQ(audit_actions(pool(), edited->id), (std::vector<std::string>{"update"}));
}

FILET_ON_BOTH_ENGINES(ReferenceListServiceTest);

}  // namespace
}  // namespace filet::reference
