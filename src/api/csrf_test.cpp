#include "api/csrf.hpp"

#include <gtest/gtest.h>

namespace filet::api {
namespace {

TEST(Csrf, ReadingMethodsNeedNoToken) {
  for (auto method : {"GET", "HEAD", "OPTIONS"}) EXPECT_TRUE(csrf_allows(method, "", "token-123")) << method;
}

TEST(Csrf, EveryOtherMethodNeedsTheSessionsToken) {
  for (auto method : {"POST", "PATCH", "PUT", "DELETE", "PROPFIND", "post"}) {
    EXPECT_TRUE(csrf_allows(method, "token-123", "token-123")) << method;
    EXPECT_FALSE(csrf_allows(method, "", "token-123")) << method;
    EXPECT_FALSE(csrf_allows(method, "token-124", "token-123")) << method;
    EXPECT_FALSE(csrf_allows(method, "token-1234", "token-123")) << "a longer value, same prefix";
    EXPECT_FALSE(csrf_allows(method, "token-12", "token-123")) << "a prefix";
  }
}

TEST(Csrf, AnEmptySessionTokenNeverMatches) {
  EXPECT_FALSE(csrf_allows("POST", "", ""));
}

}  // namespace
}  // namespace filet::api
