// Issue 6, items 4 and 5: an import checks fields by the API's rules and never moves or rewrites
// another organization's data unless asked to (allow_reassign), listing each such change.
#include <gtest/gtest.h>

#include "db/testing/test_database.hpp"
#include "directory/hsds_import.hpp"

namespace filet::directory {
namespace {

using HsdsImportChecksTest = testing::EngineTest;
namespace json = boost::json;

constexpr const char* kOrgA = "0b9c3a3e-8d0e-4f67-9b1e-00000000000a";
constexpr const char* kOrgB = "0b9c3a3e-8d0e-4f67-9b1e-00000000000b";
constexpr const char* kServiceA = "6a0f7a9e-1b2c-4d3e-8f90-00000000000a";
constexpr const char* kServiceB = "6a0f7a9e-1b2c-4d3e-8f90-00000000000b";
constexpr const char* kLocationB = "7c0f7a9e-1b2c-4d3e-8f90-00000000000b";

std::string text_of(db::Pool& pool, const std::string& sql, const std::string& id) {
  auto c = pool.acquire();
  auto rows = (*c)->query(sql, {id});
  return rows && !rows->empty() ? rows->front().text(0) : std::string("<none>");
}

int64_t count(db::Pool& pool, const std::string& table) {
  auto c = pool.acquire();
  return (*c)->query("SELECT COUNT(*) FROM " + table)->front().integer(0);
}

TEST_P(HsdsImportChecksTest, FieldsBreakingTheApiRulesAreRejectedAndNothingIsStored) {
  auto input = json::parse(R"J([
    {"id":"6a0f7a9e-1b2c-4d3e-8f90-000000000001","name":"Lien","url":"javascript:alert(1)",
     "organization":{
  "id" : "0b9c3a3e-8d0e-4f67-9b1e-000000000001", "name" : "O1"}},
    {"id":"6a0f7a9e-1b2c-4d3e-8f90-000000000002","name":"Site",
     "organization":{"id":"0b9c3a3e-8d0e-4f67-9b1e-000000000002","name":"O2","website":"javascript:alert(2)"}},
    {"id":"6a0f7a9e-1b2c-4d3e-8f90-000000000003","name":"Âge","minimum_age":1e308,
     "organization":{"id":"0b9c3a3e-8d0e-4f67-9b1e-000000000003","name":"O3"}},
    {"id":"6a0f7a9e-1b2c-4d3e-8f90-000000000004","name":"Infini","maximum_age":-1e308,
     "organization":{"id":"0b9c3a3e-8d0e-4f67-9b1e-000000000004","name":"O4"}},
    {"id":"6a0f7a9e-1b2c-4d3e-8f90-000000000005","name":"Courriel","email":"pas un courriel",
     "organization":{"id":"0b9c3a3e-8d0e-4f67-9b1e-000000000005","name":"O5"}},
    {"id":"6a0f7a9e-1b2c-4d3e-8f90-000000000006","name":"Délai",
     "organization":{"id":"0b9c3a3e-8d0e-4f67-9b1e-000000000006","name":"O6"},
     "x_filet":{"waiting_list":{"status":"waiting","delay_days":1e300}}}
  ])J");
  auto report = import_hsds(pool(), input, {}, "test", "");
  ASSERT_TRUE(report) << report.error().detail;
  EXPECT_EQ(report->imported, 0u);
  ASSERT_EQ(report->rejected.size(), 6u);
  const char* fields[] = {"url",   "organization.website",           "minimum_age", "maximum_age",
                          "email", "x_filet.waiting_list.delay_days"};
  for (size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(report->rejected[i].reason.field, fields[i]);
    auto message = field_message(report->rejected[i].reason);
    EXPECT_FALSE(message.fr.empty() || message.en.empty());
  }
  EXPECT_EQ(count(pool(), "services"), 0);
  EXPECT_EQ(count(pool(), "organizations"), 0);  // not even the embedded organizations
}

TEST_P(HsdsImportChecksTest, TextWithControlCharactersIsRejectedOnBothEnginesAlike) {
  // PostgreSQL would cut "Caf\0é" at U+0000 where SQLite keeps it: refused, as by the API.
  auto input = json::parse(R"J([
    {"id":"6a0f7a9e-1b2c-4d3e-8f90-000000000011","name":"Caf\u0000é",
     "organization":{"id":"0b9c3a3e-8d0e-4f67-9b1e-000000000011","name":"O"}},
    {"id":"6a0f7a9e-1b2c-4d3e-8f90-000000000012","name":"Halte","description":"Deux lignes\r\n\tsecond",
     "organization":{"id":"0b9c3a3e-8d0e-4f67-9b1e-000000000012","name":"O\u0007"}},
    {"id":"6a0f7a9e-1b2c-4d3e-8f90-000000000013","name":"Halte","description":"Deux lignes\r\n\tsecond",
     "organization":{"id":"0b9c3a3e-8d0e-4f67-9b1e-000000000013","name":"O"}}
  ])J");
  auto report = import_hsds(pool(), input, {}, "test", "");
  ASSERT_TRUE(report) << report.error().detail;
  ASSERT_EQ(report->rejected.size(), 2u);
  EXPECT_EQ(report->rejected[0].reason.field, "name");
  EXPECT_EQ(report->rejected[0].reason.code, FieldCode::invalid_format);
  EXPECT_EQ(report->rejected[1].reason.field, "organization.name");
  EXPECT_EQ(report->imported, 1u);
  EXPECT_EQ(count(pool(), "services"), 1);
}

json::value service(const char* id, const char* org, const char* name, const char* address) {
  return json::parse(std::string(R"({"id":")") + id + R"(","name":")" + name + R"(","status":"active",
    "organization_id":")" +
                     org + R"(","organization":{"id":")" + org + R"(","name":"Org )" + org + R"("},
    "service_at_locations":[{"location":{"id":")" +
                     kLocationB + R"(","name":"Local",
      "addresses":[{"address_1":")" +
                     address + R"(","city":"Laval"}]}}]})");
}

TEST_P(HsdsImportChecksTest, NoRecordTakesOverAnotherOrganizationsDataUnlessAsked) {
  // Organization B's service and location; organization A exists with a service of its own.
  json::array setup{service(kServiceB, kOrgB, "Service B", "1 rue B")};
  setup.push_back(json::parse(std::string(R"({"id":")") + kServiceA + R"(","name":"Service A","organization":{"id":")" +
                              kOrgA + R"(","name":"Org A"}})"));
  auto first = import_hsds(pool(), setup, {}, "test", "");
  ASSERT_TRUE(first) << first.error().detail;
  ASSERT_EQ(first->imported, 2u);

  json::array takeover{json::parse(std::string(R"({"id":")") + kServiceB +
                                   R"(","name":"TAKEN OVER","organization_id":")" + kOrgA + R"("})"),
                       service(kServiceA, kOrgA, "Service A", "666 rue Volée")};
  takeover[1].as_object().erase("organization");
  auto refused = import_hsds(pool(), takeover, {}, "test", "");
  ASSERT_TRUE(refused) << refused->to_json();
  EXPECT_EQ(refused->updated, 0u);
  ASSERT_EQ(refused->rejected.size(), 2u);
  EXPECT_EQ(refused->rejected[0].reason.field, "organization_id");
  EXPECT_EQ(refused->rejected[0].reason.code, FieldCode::other_organization);
  EXPECT_EQ(refused->rejected[1].reason.field, "service_at_locations.location.id");
  EXPECT_EQ(refused->rejected[1].reason.code, FieldCode::other_organization);
  EXPECT_TRUE(refused->reassigned.empty());
  EXPECT_EQ(text_of(pool(), "SELECT organization_id FROM services WHERE id = ?", kServiceB), kOrgB);
  EXPECT_EQ(text_of(pool(), "SELECT name_fr FROM services WHERE id = ?", kServiceB), "Service B");
  EXPECT_EQ(text_of(pool(), "SELECT address_1 FROM locations WHERE id = ?", kLocationB), "1 rue B");

  // The location exactly as stored (an export imported again) is linked, not refused.
  json::array same{service(kServiceA, kOrgA, "Service A", "1 rue B")};
  same[0].as_object().erase("organization");
  auto linked = import_hsds(pool(), same, {}, "test", "");
  ASSERT_TRUE(linked);
  EXPECT_TRUE(linked->rejected.empty()) << json::serialize(linked->to_json());
  EXPECT_TRUE(linked->reassigned.empty());
  EXPECT_EQ(text_of(pool(), "SELECT organization_id FROM locations WHERE id = ?", kLocationB), kOrgB);

  auto allowed = import_hsds(pool(), takeover, {.allow_reassign = true}, "test", "");
  ASSERT_TRUE(allowed);
  EXPECT_TRUE(allowed->rejected.empty());
  EXPECT_EQ(allowed->updated, 2u);
  ASSERT_EQ(allowed->reassigned.size(), 2u);
  EXPECT_EQ(allowed->reassigned[0].kind, "service");
  EXPECT_EQ(allowed->reassigned[0].id, kServiceB);
  EXPECT_EQ(allowed->reassigned[0].from_organization_id, kOrgB);
  EXPECT_EQ(allowed->reassigned[0].to_organization_id, kOrgA);
  EXPECT_EQ(allowed->reassigned[1].kind, "location");
  EXPECT_EQ(allowed->reassigned[1].id, kLocationB);
  EXPECT_EQ(allowed->to_json().at("reassigned").as_array().size(), 2u);
  EXPECT_EQ(text_of(pool(), "SELECT organization_id FROM services WHERE id = ?", kServiceB), kOrgA);
  EXPECT_EQ(text_of(pool(), "SELECT address_1 FROM locations WHERE id = ?", kLocationB), "666 rue Volée");
}

// A record rejected after it created its organization takes the organization with it; the next
// record of that organization creates it again.
TEST_P(HsdsImportChecksTest, ARejectedRecordLeavesNothingBehindForTheNextOne) {
  json::array setup{service(kServiceB, kOrgB, "Service B", "1 rue B")};
  ASSERT_TRUE(import_hsds(pool(), setup, {}, "test", ""));
  json::array input{service(kServiceA, kOrgA, "Service A", "666 rue Volée"),
                    json::parse(std::string(R"({"id":"6a0f7a9e-1b2c-4d3e-8f90-0000000000aa","name":"Autre",)") +
                                R"("organization":{"id":")" + kOrgA + R"(","name":"Org A"}})")};
  auto report = import_hsds(pool(), input, {}, "test", "");
  ASSERT_TRUE(report);
  ASSERT_EQ(report->rejected.size(), 1u);
  EXPECT_EQ(report->imported, 1u);
  EXPECT_EQ(text_of(pool(), "SELECT name FROM organizations WHERE id = ?", kOrgA), "Org A");
  EXPECT_EQ(text_of(pool(), "SELECT organization_id FROM services WHERE name_fr = ?", "Autre"), kOrgA);
}

FILET_ON_BOTH_ENGINES(HsdsImportChecksTest);

}  // namespace
}  // namespace filet::directory
