#include "common/secret_box.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

namespace filet {
namespace {

std::filesystem::path temp_path(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("filet-secret-box-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  std::filesystem::remove(path);
  return path;
}

TEST(SecretBox, SealsAndOpensWithTheSameKeyAndContextOnly) {
  auto box = SecretBox::from_key(std::string(32, 'k'));
  ASSERT_TRUE(box);
  std::string sealed = box->seal("JBSWY3DPEHPK3PXP", "user-1");
  EXPECT_EQ(sealed.find("JBSWY3DPEHPK3PXP"), std::string::npos);
  EXPECT_NE(sealed, box->seal("JBSWY3DPEHPK3PXP", "user-1")) << "a fresh nonce each time";
  EXPECT_EQ(box->open(sealed, "user-1").value(), "JBSWY3DPEHPK3PXP");
  EXPECT_FALSE(box->open(sealed, "user-2")) << "the context is authenticated";
  auto other = SecretBox::from_key(std::string(32, 'x'));
  EXPECT_FALSE(other->open(sealed, "user-1")) << "another key does not open it";
  std::string tampered = sealed;
  tampered[10] = tampered[10] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(box->open(tampered, "user-1"));
  EXPECT_FALSE(box->open("not base64 at all!", "user-1"));
  EXPECT_FALSE(SecretBox::from_key("short"));
}

TEST(SecretBox, CreatesTheKeyFileForItsOwnerOnlyAndReadsItBack) {
  auto path = temp_path("new.key");
  auto first = SecretBox::from_key_file(path);
  ASSERT_TRUE(first) << first.error().detail;
  struct stat info {};
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600);
  auto again = SecretBox::from_key_file(path);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->open(first->seal("secret", "c"), "c").value(), "secret") << "the same key";
}

TEST(SecretBox, RefusesAKeyFileOthersCanReadOrThatHoldsNoKey) {
  auto path = temp_path("open.key");
  ASSERT_TRUE(SecretBox::from_key_file(path));
  std::filesystem::permissions(path, std::filesystem::perms::group_read, std::filesystem::perm_options::add);
  auto refused = SecretBox::from_key_file(path);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().detail.find("chmod 600"), std::string::npos);

  auto junk = temp_path("junk.key");
  std::ofstream(junk) << "not a key\n";
  std::filesystem::permissions(junk, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::replace);
  EXPECT_FALSE(SecretBox::from_key_file(junk));
}

}  // namespace
}  // namespace filet
