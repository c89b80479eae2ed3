// A zip made in memory reads back with libzip: every file under its name, its bytes intact.
#include "questionnaires/zip_writer.hpp"

#include <gtest/gtest.h>
#include <zip.h>

namespace filet::questionnaires {
namespace {

TEST(ZipWriter, EveryFileReadsBackUnderItsName) {
  const std::string big(100000, 'x');
  auto bytes = zip_files({{"reponses.csv", "q1,q2\n1,2\n"}, {"réponses.R", big}});
  ASSERT_TRUE(bytes) << bytes.error().detail;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes->data(), bytes->size(), 0, &error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  ASSERT_NE(archive, nullptr);
  EXPECT_EQ(zip_get_num_entries(archive, 0), 2);
  for (const auto& [name, content] :
       {std::pair<std::string, std::string>{"reponses.csv", "q1,q2\n1,2\n"}, {"réponses.R", big}}) {
    zip_file_t* file = zip_fopen(archive, name.c_str(), 0);
    ASSERT_NE(file, nullptr) << name;
    std::string read(content.size() + 10, '\0');
    auto n = zip_fread(file, read.data(), read.size());
    zip_fclose(file);
    EXPECT_EQ(read.substr(0, static_cast<size_t>(n)), content);
  }
  EXPECT_LT(bytes->size(), big.size() / 10);  // deflated
  zip_close(archive);
}

}  // namespace
}  // namespace filet::questionnaires
