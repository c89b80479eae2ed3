// Issue 6, items 13 and 14: organizations without services survive export → import → export, and a
// folder of one-record HSDS files imports.
#include "directory/hsds_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/ids.hpp"
#include "db/testing/test_database.hpp"
#include "directory/hsds_export.hpp"

namespace filet::directory {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;
using HsdsFilesTest = testing::EngineTest;

struct Folder {
  fs::path path = fs::temp_directory_path() / ("filet-hsds-files-" + ids::new_uuid());
  Folder() { fs::create_directories(path); }
  ~Folder() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const { std::ofstream(path / name) << text; }
};

constexpr const char* kLab = R"({"id":"0b9c3a3e-8d0e-4f67-9b1e-0000000000c1","name":"Laboratoire d'évaluation",
  "description":"","website":"https://labo.test",
  "phones":[{"id":"5c1d2e3f-0000-4000-8000-0000000000c2","number":"418-555-0100"}]})";
constexpr const char* kOrg = R"({"id":"0b9c3a3e-8d0e-4f67-9b1e-0000000000c3","name":"Maison des familles",
  "description":"","email":"info@maison.test"})";
constexpr const char* kService = R"({"id":"6a0f7a9e-1b2c-4d3e-8f90-0000000000c4","name":"Halte-garderie",
  "status":"active","organization_id":"0b9c3a3e-8d0e-4f67-9b1e-0000000000c3"})";

json::object organization_in(const fs::path& export_folder, const std::string& id) {
  std::ifstream in(export_folder / "organizations.json");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto all = json::parse(text);
  for (auto& o : all.as_array())
    if (o.as_object().at("id").as_string() == id) return o.as_object();
  return {};
}

TEST_P(HsdsFilesTest, OrganizationsWithoutServicesSurviveARoundTrip) {
  Folder in;
  in.write("services.json", std::string("[") + kService + "]");
  in.write("organizations.json", std::string("[") + kOrg + "," + kLab + "]");
  auto report = import_path(pool(), in.path.string(), {});
  ASSERT_TRUE(report) << report.error().detail;
  EXPECT_TRUE(report->rejected.empty()) << json::serialize(report->to_json());
  EXPECT_EQ(report->imported, 1u);
  EXPECT_EQ(report->organizations_imported, 1u);  // the lab; the other came with its service

  Folder out;
  auto c = pool().acquire();
  ASSERT_TRUE(export_to_folder(**c, out.path.string(), "fr"));
  auto lab = organization_in(out.path, "0b9c3a3e-8d0e-4f67-9b1e-0000000000c1");
  ASSERT_FALSE(lab.empty()) << "the organization without services was lost";
  EXPECT_EQ(lab.at("website").as_string(), "https://labo.test");
  ASSERT_TRUE(lab.contains("phones"));
  EXPECT_EQ(lab.at("phones").as_array().at(0).as_object().at("number").as_string(), "418-555-0100");

  // Imported again (as the export wrote it), nothing changes: organizations exist already.
  auto again = import_path(pool(), out.path.string(), {});
  ASSERT_TRUE(again) << again.error().detail;
  EXPECT_TRUE(again->rejected.empty()) << json::serialize(again->to_json());
  EXPECT_EQ(again->organizations_imported, 0u);
  EXPECT_EQ(again->updated, 1u);
}

TEST_P(HsdsFilesTest, AFolderOfOneRecordFilesImports) {
  Folder in;
  // Services sort before their organization by name: organizations are imported first anyway.
  in.write("a-service.json", kService);
  in.write("b-lab.json", kLab);
  in.write("c-org.json", kOrg);
  in.write("d-bad.json", R"J({"id":"6a0f7a9e-1b2c-4d3e-8f90-0000000000c5","name":"Lien","status":"active",
    "organization_id":"0b9c3a3e-8d0e-4f67-9b1e-0000000000c3","url":"javascript:alert(1)"})J");
  in.write("notes.txt", "not HSDS");
  auto report = import_path(pool(), in.path.string(), {});
  ASSERT_TRUE(report) << report.error().detail;
  EXPECT_EQ(report->imported, 1u);
  EXPECT_EQ(report->organizations_imported, 2u);
  ASSERT_EQ(report->rejected.size(), 1u);
  EXPECT_EQ(report->rejected[0].source, "d-bad.json");
  EXPECT_EQ(report->rejected[0].reason.field, "url");
  auto c = pool().acquire();
  EXPECT_EQ((*c)->query("SELECT organization_id FROM services")->front().text(0),
            "0b9c3a3e-8d0e-4f67-9b1e-0000000000c3");
  EXPECT_EQ((*c)->query("SELECT COUNT(*) FROM organizations")->front().integer(0), 2);
}

FILET_ON_BOTH_ENGINES(HsdsFilesTest);

}  // namespace
}  // namespace filet::directory
