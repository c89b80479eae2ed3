#include "http/response_head.hpp"

#include <gtest/gtest.h>

using namespace filet::http;

namespace {
Response json(int status) {
  Response r;
  r.status = status;
  r.set_header("Cache-Control", "no-store");
  return r;
}
}  // namespace

TEST(ResponseHead, StatusLineHeadersLengthAndBlankLine) {
  std::string out = "left over";
  write_response_head(out, json(200), {.request_id = "abc", .content_length = 1234, .keep_alive = true});
  EXPECT_TRUE(
      out.starts_with("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
                      "X-Request-Id: abc\r\nCache-Control: no-store\r\n"))
      << out;
  EXPECT_NE(out.find("\r\nX-Content-Type-Options: nosniff\r\n"), std::string::npos);
  EXPECT_NE(out.find("\r\nContent-Security-Policy: default-src 'self';"), std::string::npos);
  EXPECT_TRUE(out.ends_with("\r\nContent-Length: 1234\r\n\r\n")) << out;
  EXPECT_EQ(out.find("Connection:"), std::string::npos);
  EXPECT_EQ(out.find("Strict-Transport-Security"), std::string::npos);
}

TEST(ResponseHead, ClosingAndSecureConnections) {
  std::string out;
  write_response_head(out, json(404), {.request_id = "r", .content_length = 0, .keep_alive = false, .secure = true});
  EXPECT_TRUE(out.starts_with("HTTP/1.1 404 Not Found\r\n")) << out;
  EXPECT_NE(out.find("\r\nStrict-Transport-Security: max-age=31536000\r\n"), std::string::npos);
  EXPECT_TRUE(out.ends_with("\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")) << out;
}

TEST(ResponseHead, UnusualStatusesKeepTheirNumber) {
  std::string out;
  write_response_head(out, json(429), {.request_id = "r"});
  EXPECT_TRUE(out.starts_with("HTTP/1.1 429 Too Many Requests\r\n")) << out;
  write_response_head(out, json(599), {.request_id = "r"});
  EXPECT_TRUE(out.starts_with("HTTP/1.1 599 ")) << out;
}

TEST(ResponseHead, NoHeaderCanStartAnother) {
  Response r = json(200);
  r.set_header("Content-Disposition", "attachment; filename=\"a\r\nSet-Cookie: x=1\"");
  r.set_header("X-Bad\nName", std::string("v\0w", 3));
  std::string out;
  write_response_head(out, r, {.request_id = "id\r\nX: y"});
  EXPECT_NE(out.find("\r\nContent-Disposition: attachment; filename=\"aSet-Cookie: x=1\"\r\n"), std::string::npos)
      << out;
  EXPECT_NE(out.find("\r\nX-BadName: vw\r\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\r\nX-Request-Id: idX: y\r\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("\r\nSet-Cookie"), std::string::npos);
}

TEST(ResponseHead, NoContentHasNoLength) {
  std::string out;
  write_response_head(out, json(204), {.request_id = "r"});
  EXPECT_TRUE(out.starts_with("HTTP/1.1 204 No Content\r\n")) << out;
  EXPECT_EQ(out.find("Content-Length"), std::string::npos) << out;
  EXPECT_TRUE(out.ends_with("\r\n\r\n"));
}
