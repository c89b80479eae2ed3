#include <gtest/gtest.h>

#include <string>

#include "common/error.hpp"
#include "common/json_input.hpp"

namespace filet {

TEST(ErrorCatalog, EveryCodeHasAStatusAndBothLanguages) {
  for (int c = 0; c <= static_cast<int>(ErrorCode::unavailable); ++c) {
    const ErrorInfo& info = error_info(static_cast<ErrorCode>(c));
    EXPECT_GE(info.http_status, 400);
    EXPECT_LT(info.http_status, 600);
    EXPECT_GT(std::string(info.message_fr).size(), 5u);
    EXPECT_GT(std::string(info.message_en).size(), 5u);
  }
}

TEST(ErrorCatalog, FieldMessagesNameTheFieldInBothLanguages) {
  auto m = field_message({"sector", "invalid_value", "school, library"});
  EXPECT_NE(m.fr.find("secteur"), std::string::npos);
  EXPECT_NE(m.en.find("sector"), std::string::npos);
  auto unknown = field_message({"colour", "unknown_field", ""});
  EXPECT_NE(unknown.fr.find("colour"), std::string::npos);
  auto typed = field_message({"active", "wrong_type", "boolean"});
  EXPECT_NE(typed.fr.find("vrai ou faux"), std::string::npos);
  EXPECT_NE(typed.en.find("true or false"), std::string::npos);
}

TEST(JsonInput, CollectsEveryFieldErrorAndUnknownFields) {
  auto body = json_input::parse_object(R"({"name": 5, "extra": true, "active": "yes"})");
  ASSERT_TRUE(body);
  json_input::FieldReader in(*body, {"name", "active", "sector"});
  in.text("name", {.required = true});
  in.boolean("active");
  constexpr std::string_view sectors[] = {"school"};
  in.choice("sector", sectors, true);
  auto result = in.finish();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::validation_failed);
  EXPECT_EQ(result.error().fields.size(), 4u);
}

TEST(JsonInput, RejectsInvalidUtf8AndMalformedJson) {
  EXPECT_EQ(json_input::parse_object("{\"name\": \"\xC3\"}").error().code, ErrorCode::invalid_utf8);
  EXPECT_EQ(json_input::parse_object("{\"name\": ").error().code, ErrorCode::malformed_json);
  EXPECT_EQ(json_input::parse_object("[1]").error().code, ErrorCode::malformed_json);
}

}  // namespace filet
