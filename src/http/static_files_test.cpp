#include "http/static_files.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace filet::http {
namespace {
namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("filet-static-" + std::to_string(::getpid()));
    fs::remove_all(base_);
    fs::create_directories(base_ / "web/assets");
    write(base_ / "web/index.html", "<!doctype html>app");
    write(base_ / "web/assets/app-1.js", "console.log(1)");
    write(base_ / "secret.txt", "SECRET");
    fs::create_symlink(base_ / "secret.txt", base_ / "web/leak.txt");
    fs::create_directory_symlink("/etc", base_ / "web/etc");
  }
  void TearDown() override { fs::remove_all(base_); }
  static void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }
  Response get(const std::string& raw, const std::string& decoded) const {
    Request request;
    request.method = "GET";
    request.raw_path = raw;
    request.path = decoded;
    return files_->serve(request);
  }
  Response get(const std::string& path) const { return get(path, path); }
  void start() { files_ = std::make_unique<StaticFiles>(base_ / "web"); }

  fs::path base_;
  std::unique_ptr<StaticFiles> files_;
};

TEST_F(StaticFilesTest, ServesTheAppAndItsRoutes) {
  start();
  EXPECT_EQ(get("/").body, "<!doctype html>app");
  EXPECT_EQ(get("/assets/app-1.js").body, "console.log(1)");
  EXPECT_EQ(get("/directory/services").body, "<!doctype html>app");
  EXPECT_EQ(get("/missing.js").status, 404);
}

TEST_F(StaticFilesTest, NothingOutsideTheFolder) {
  start();
  auto secret = (base_ / "secret.txt").string();
  for (const std::string& path : std::vector<std::string>{"/" + secret, "//etc/passwd", "///etc/passwd", "//proc/self/environ", "/leak.txt",
                           "/etc/passwd", "/etc/hostname", "/../secret.txt"}) {
    auto response = get(path);
    EXPECT_EQ(response.body.find("SECRET"), std::string::npos) << path;
    EXPECT_EQ(response.body.find("root:"), std::string::npos) << path;
    EXPECT_TRUE(response.status == 404 || response.body == "<!doctype html>app") << path;
  }
  EXPECT_EQ(get("/%2Fetc/passwd", "//etc/passwd").status, 404);
}

TEST_F(StaticFilesTest, MemoryHoldsOnlyTheAppsFiles) {
  start();
  for (int i = 0; i < 500; ++i) {
    get("/assets/app-1.js?" + std::to_string(i), "/assets/app-1.js");
    get("/x" + std::to_string(i) + ".js");
    get("//etc/passwd" + std::string(static_cast<size_t>(i % 7), '/'));
  }
  EXPECT_EQ(files_->known_files(), 2u);  // index.html and assets/app-1.js; not the symlinks out
  EXPECT_LE(files_->cached_files(), 2u);
}

}  // namespace
}  // namespace filet::http
