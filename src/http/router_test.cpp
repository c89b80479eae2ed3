#include "http/router.hpp"
#include "http/message.hpp"

#include <gtest/gtest.h>

namespace filet::http {

TEST(Router, MatchesTemplatesAndTellsWrongMethodFromNoRoute) {
  Router router;
  router.add("GET", "/api/v1/organizations");
  size_t one = router.add("GET", "/api/v1/organizations/{id}");
  router.add("PATCH", "/api/v1/organizations/{id}");

  auto found = router.match("GET", "/api/v1/organizations/abc");
  ASSERT_TRUE(std::holds_alternative<RouteMatch>(found));
  EXPECT_EQ(std::get<RouteMatch>(found).index, one);
  EXPECT_EQ(std::get<RouteMatch>(found).param("id"), "abc");

  auto wrong = router.match("DELETE", "/api/v1/organizations/abc");
  ASSERT_TRUE(std::holds_alternative<WrongMethod>(wrong));
  EXPECT_EQ(std::get<WrongMethod>(wrong).allowed.size(), 2u);

  EXPECT_TRUE(std::holds_alternative<NoRoute>(router.match("GET", "/api/v1/nothing")));
  EXPECT_TRUE(std::holds_alternative<RouteMatch>(router.match("HEAD", "/api/v1/organizations")));
}

TEST(Request, ReadsCookies) {
  Request r;
  r.headers = {{"cookie", "a=1; filet_session=xyz; b=2"}};
  EXPECT_EQ(r.cookie("filet_session"), "xyz");
  EXPECT_FALSE(r.cookie("missing"));
}

}  // namespace filet::http
