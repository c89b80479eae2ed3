#include "directory/hsds_import.hpp"

#include <gtest/gtest.h>

#include "core/organization_service.hpp"
#include "db/testing/test_database.hpp"
#include "directory/directory_service.hpp"
#include "directory/hsds_export.hpp"

namespace filet::directory {
namespace {

using HsdsImportTest = testing::EngineTest;
namespace json = boost::json;

json::value sample(const std::string& service_id, const std::string& name) {
  return json::parse(R"({"id":")" + service_id + R"(","name":")" + name + R"(","status":"active",
    "organization":{"id":"0b9c3a3e-8d0e-4f67-9b1e-2f7e5a1c2d3e","name":"Organisme importé","description":""},
    "languages":[{"id":"5c1d2e3f-0000-4000-8000-000000000001","name":"Spanish","code":"es"}],
    "phones":[{"id":"5c1d2e3f-0000-4000-8000-000000000002","number":"514-555-0111"}]})");
}

TEST_P(HsdsImportTest, ReportsEveryRejectAndImportsTheValidOnes) {
  json::array input{sample("6a0f7a9e-1b2c-4d3e-8f90-a1b2c3d4e5f6", "Clinique d'impôts"),
                    json::parse(R"({"id":"6a0f7a9e-1b2c-4d3e-8f90-a1b2c3d4e5f7","status":"active"})"),
                    json::parse(R"({"id":"not-a-uuid","name":"X"})"),
                    sample("6a0f7a9e-1b2c-4d3e-8f90-a1b2c3d4e5f8", "Statut inconnu")};
  input[3].as_object()["status"] = "sometimes";
  auto report = import_hsds(pool(), input, {}, "test", "");
  ASSERT_TRUE(report) << report.error().detail;
  EXPECT_EQ(report->imported, 1u);
  ASSERT_EQ(report->rejected.size(), 3u);
  EXPECT_EQ(report->rejected[0].index, 1u);
  EXPECT_EQ(report->rejected[0].reason.field, "name");
  EXPECT_EQ(report->rejected[1].reason.field, "id");
  EXPECT_EQ(report->rejected[2].reason.field, "status");
}

TEST_P(HsdsImportTest, StrictImportsNothingWhenOneRecordIsBad) {
  json::array input{sample("6a0f7a9e-1b2c-4d3e-8f90-a1b2c3d4e5f6", "Bon"),
                    json::parse(R"({"id":"6a0f7a9e-1b2c-4d3e-8f90-a1b2c3d4e5f7"})")};
  auto report = import_hsds(pool(), input, {.strict = true}, "test", "");
  ASSERT_TRUE(report);
  EXPECT_EQ(report->imported, 0u);
  EXPECT_EQ(report->rejected.size(), 1u);
  auto c = pool().acquire();
  EXPECT_EQ((*c)->query("SELECT COUNT(*) FROM services")->front().integer(0), 0);
  EXPECT_EQ((*c)->query("SELECT COUNT(*) FROM organizations")->front().integer(0), 0);
}

TEST_P(HsdsImportTest, ReimportUpdatesAndExportRoundTrips) {
  json::array input{sample("6a0f7a9e-1b2c-4d3e-8f90-a1b2c3d4e5f6", "Clinique d'impôts")};
  ASSERT_EQ(import_hsds(pool(), input, {}, "test", "")->imported, 1u);
  auto c = pool().acquire();
  auto first = export_services_json(**c, "fr");
  ASSERT_TRUE(first);
  auto exported = json::parse(*first);
  auto again = import_hsds(pool(), exported, {}, "test", "");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->imported, 0u);
  EXPECT_EQ(again->updated, 1u);
  auto second = json::parse(*export_services_json(**c, "fr"));
  // Only the modification time may differ.
  for (auto* doc : {&exported, &second}) doc->as_array()[0].as_object().erase("last_modified");
  EXPECT_EQ(json::serialize(exported), json::serialize(second));
  const auto& service = second.as_array()[0].as_object();
  EXPECT_EQ(service.at("name").as_string(), "Clinique d'impôts");
  EXPECT_EQ(service.at("phones").as_array()[0].as_object().at("number").as_string(), "514-555-0111");
  EXPECT_EQ(service.at("languages").as_array()[0].as_object().at("code").as_string(), "es");
  EXPECT_EQ((*c)->query("SELECT COUNT(*) FROM services")->front().integer(0), 1);
}

TEST_P(HsdsImportTest, BulkImportRebuildsIndexesAndSearchFindsTheServices) {
  auto c = pool().acquire();
  auto indexes = [&] {
    return (*c)->engine() == db::Engine::sqlite
               ? (*c)->query("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'")->front().integer(0)
               : (*c)->query("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema()")->front().integer(0);
  };
  int64_t before = indexes();
  json::array input{sample("6a0f7a9e-1b2c-4d3e-8f90-a1b2c3d4e5f6", "Clinique d'impôts"),
                    sample("6a0f7a9e-1b2c-4d3e-8f90-a1b2c3d4e5f7", "Épicerie solidaire")};
  auto report = import_hsds(pool(), input, {.bulk = true}, "test", "");
  ASSERT_TRUE(report) << report.error().detail;
  EXPECT_EQ(report->imported, 2u);
  EXPECT_EQ(indexes(), before);
  DirectoryService directory(pool());
  auto found = directory.search({.q = "epicerie"});
  ASSERT_TRUE(found);
  ASSERT_EQ(found->services.size(), 1u);
  EXPECT_EQ(found->services.front().name.fr, "Épicerie solidaire");
}

FILET_ON_BOTH_ENGINES(HsdsImportTest);

}  // namespace
}  // namespace filet::directory
