#include <gtest/gtest.h>

#include "api/responses.hpp"

namespace filet::api {
namespace {

boost::json::object parsed(std::string_view text) {
  return boost::json::parse(text).as_object();
}

TEST(ClientId, AbsentLetsTheServerMakeTheId) {
  auto body = parsed(R"({"note":"x"})");
  auto id = take_client_id(body);
  ASSERT_TRUE(id);
  EXPECT_FALSE(id->has_value());
  EXPECT_TRUE(body.contains("note"));
}

TEST(ClientId, AUuidIsTakenOutAndLowerCased) {
  auto body = parsed(R"({"id":"3F2B8C1E-0D4A-4B6E-9C7D-2A1F5E8B9C0D","note":"x"})");
  auto id = take_client_id(body);
  ASSERT_TRUE(id);
  ASSERT_TRUE(id->has_value());
  EXPECT_EQ(**id, "3f2b8c1e-0d4a-4b6e-9c7d-2a1f5e8b9c0d");
  EXPECT_FALSE(body.contains("id"));  // the decoder then sees only the record's fields
}

TEST(ClientId, AnythingElseIsRefusedNamingTheField) {
  for (auto text : {R"({"id":"42"})", R"({"id":42})", R"({"id":""})", R"({"id":null})"}) {
    auto body = parsed(text);
    auto id = take_client_id(body);
    ASSERT_FALSE(id) << text;
    EXPECT_EQ(id.error().code, ErrorCode::validation_failed);
    ASSERT_EQ(id.error().fields.size(), 1u);
    EXPECT_EQ(id.error().fields[0].field, "id");
    EXPECT_TRUE(body.contains("id")) << "nothing taken from a refused body";
  }
}

}  // namespace
}  // namespace filet::api
