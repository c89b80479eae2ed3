#include "directory/hsds_csv_io.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "common/ids.hpp"

namespace filet::directory::csv {
namespace {

namespace fs = std::filesystem;

// One CSV file in a folder of its own, removed after.
struct TempFile {
  fs::path folder = fs::temp_directory_path() / ("filet-csv-io-" + ids::new_uuid());
  fs::path path = folder / "phones.csv";
  explicit TempFile(const std::string& text) {
    fs::create_directories(folder);
    std::ofstream(path, std::ios::binary) << text;
  }
  ~TempFile() { fs::remove_all(folder); }
};

std::vector<size_t> lines(const File& file) {
  std::vector<size_t> out;
  for (const auto& r : file.records) out.push_back(r.line);
  return out;
}

// Found by fuzz/hsds_csv_file: after a bare CR (old Mac and some spreadsheet exports), libcsv
// ended the row but every following row was given the line of the CR.
TEST(HsdsCsvIo, BareCrEndsALineLikeLfAndCrlf) {
  TempFile file("id,number\r1,514\r\n2,515\n\n3,516\r4,\"a\rb\"\r5,517");
  auto read = read_file(file.path);
  ASSERT_TRUE(read) << read.error().detail;
  EXPECT_EQ(lines(*read), (std::vector<size_t>{2, 3, 5, 6, 8}));
  EXPECT_EQ(*read->records[3].cells[1], "a\rb");
}

TEST(HsdsCsvIo, AnErrorAfterBareCrsNamesItsLine) {
  TempFile file("id,number\r1,514\r2\r3,516\r");
  auto read = read_file(file.path);
  ASSERT_FALSE(read);
  ASSERT_EQ(read.error().fields.size(), 1u);
  EXPECT_EQ(read.error().fields[0].field, "phones.csv:3");
  EXPECT_NE(read.error().detail.find("line 3: 1 columns instead of 2"), std::string::npos) << read.error().detail;
}

// Column names become JSON keys of the imported records.
TEST(HsdsCsvIo, AHeaderNotInUtf8IsRefusedWithItsLine) {
  TempFile file("id,num\xe9ro\r\n1,514\r\n");
  auto read = read_file(file.path);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().fields.at(0).field, "phones.csv:1");
  EXPECT_NE(read.error().detail.find("UTF-8"), std::string::npos) << read.error().detail;
}

}  // namespace
}  // namespace filet::directory::csv
