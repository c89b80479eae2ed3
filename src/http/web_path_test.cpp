#include "http/web_path.hpp"

#include <gtest/gtest.h>

namespace filet::http {
namespace {

std::optional<std::string> decoded(std::string_view path) { return relative_web_path(path, path); }

TEST(WebPath, AppFilesAndRoutes) {
  EXPECT_EQ(decoded("/"), "index.html");
  EXPECT_EQ(decoded("/assets/index-3f2a.js"), "assets/index-3f2a.js");
  EXPECT_EQ(decoded("/directory/services/"), "directory/services");
  EXPECT_EQ(relative_web_path("/caf%C3%A9", "/café"), "café");
}

TEST(WebPath, AbsolutePathsAfterTheRootAreRefused) {
  for (std::string_view path : {"//etc/passwd", "///etc/passwd", "//proc/self/environ", "/assets//x.js", "//"})
    EXPECT_FALSE(decoded(path)) << path;
  // Boost.URL decodes %2F into "/": the raw target still shows it.
  EXPECT_FALSE(relative_web_path("/%2Fetc/passwd", "//etc/passwd"));
  EXPECT_FALSE(relative_web_path("/assets%2findex.js", "/assets/index.js"));
  EXPECT_FALSE(relative_web_path("/%5cetc%5cpasswd", "/\\etc\\passwd"));
}

TEST(WebPath, ClimbingAndOddCharactersAreRefused) {
  for (std::string_view path : {"/../etc/passwd", "/assets/../../x", "/./index.html", "/..", "/a\\b", "relative"})
    EXPECT_FALSE(decoded(path)) << path;
  EXPECT_FALSE(relative_web_path("/a%00b", std::string_view("/a\0b", 4)));
  EXPECT_FALSE(decoded("/a\nb"));
  EXPECT_FALSE(decoded(""));
}

}  // namespace
}  // namespace filet::http
