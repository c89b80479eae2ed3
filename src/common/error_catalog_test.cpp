#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>
#include <string_view>

#include "common/error.hpp"
#include "common/fields.hpp"
#include "common/json_input.hpp"

namespace filet {

TEST(ErrorCatalog, EveryCodeHasAStatusAndBothLanguages) {
  std::set<std::string> names;
  for (int c = 0; c <= static_cast<int>(kLastErrorCode); ++c) {
    const ErrorInfo& info = error_info(static_cast<ErrorCode>(c));
    EXPECT_GE(info.http_status, 400);
    EXPECT_LT(info.http_status, 600);
    EXPECT_GT(std::string(info.message_fr).size(), 5u);
    EXPECT_GT(std::string(info.message_en).size(), 5u);
    EXPECT_TRUE(names.insert(info.code).second) << "two codes named " << info.code;
  }
  std::set<std::string> field_names;
  for (int c = 0; c <= static_cast<int>(kLastFieldCode); ++c) {
    auto code = static_cast<FieldCode>(c);
    EXPECT_TRUE(field_names.insert(std::string(field_code_name(code))).second) << code;
    auto m = field_message({"name", code, "5"});
    EXPECT_GT(m.fr.size(), 5u);
    EXPECT_GT(m.en.size(), 5u);
  }
}

// The catalog is keyed by code: each code finds its own status and wire name, whatever the
// order of the enumeration.
TEST(ErrorCatalog, LooksUpByCode) {
  struct Expected {
    ErrorCode code;
    int status;
    std::string_view name;
  };
  for (auto [code, status, name] :
       {Expected{ErrorCode::validation_failed, 422, "validation_failed"},
        Expected{ErrorCode::not_found, 404, "not_found"}, Expected{ErrorCode::unauthenticated, 401, "unauthenticated"},
        Expected{ErrorCode::csrf_invalid, 403, "csrf_invalid"},
        Expected{ErrorCode::too_many_attempts, 429, "too_many_attempts"},
        Expected{ErrorCode::conflict, 409, "conflict"},
        Expected{ErrorCode::payload_too_large, 413, "payload_too_large"},
        Expected{ErrorCode::header_too_large, 431, "header_too_large"}, Expected{ErrorCode::internal, 500, "internal"},
        Expected{ErrorCode::unavailable, 503, "unavailable"},
        Expected{ErrorCode::unsupported_media_type, 415, "unsupported_media_type"},
        Expected{ErrorCode::two_factor_enrolment_required, 403, "two_factor_enrolment_required"}}) {
    EXPECT_EQ(error_info(code).http_status, status) << name;
    EXPECT_EQ(error_info(code).code, name);
  }
  EXPECT_EQ(field_code_name(FieldCode::required), "required");
  EXPECT_EQ(field_code_name(FieldCode::other_organization), "other_organization");
  EXPECT_EQ(field_code_name(FieldCode::breached), "breached");
}

// A module labels its fields by describing them: the catalog finds the label without a list in common/.
const fields::Description kTestWidget{
    "TestWidget",
    {{.name = "widget_count", .type = fields::Type::integer, .label = {"nombre de gadgets", "number of widgets"}}}};

TEST(ErrorCatalog, MessagesSayWhatIsExpected) {
  auto count = field_message({"widget_count", FieldCode::wrong_type, "integer"});
  EXPECT_EQ(count.fr, "Le champ «\u00A0nombre de gadgets\u00A0» doit être un nombre entier.");
  EXPECT_EQ(count.en, "The field \"number of widgets\" must be a whole number.");
  auto unlabelled = field_message({"no_such_field_xyz", FieldCode::required, {}});
  EXPECT_NE(unlabelled.en.find("no_such_field_xyz"), std::string::npos);
  auto email = field_message({"email", FieldCode::invalid_format, "email"});
  EXPECT_NE(email.fr.find("nom@domaine.ca"), std::string::npos);
  EXPECT_NE(email.en.find("name@domain.ca"), std::string::npos);
  EXPECT_EQ(email.en.find("nom@domaine"), std::string::npos);
  auto row = field_message({"memberships", FieldCode::incomplete_row, {}});
  EXPECT_EQ(row.fr, "Chaque adhésion doit nommer un organisme et un rôle.");
  EXPECT_EQ(row.en, "Each membership must name an organization and a role.");
}

// French typography in every French text of the catalog: curly apostrophes, no straight quotes,
// a non-breaking space after « and before » : ; ! ? (as web/scripts/french-typography.mjs).
TEST(ErrorCatalog, FrenchTypography) {
  const std::string nbsp = "\u00A0";
  auto texts = french_catalog_texts();
  ASSERT_GT(texts.size(), 60u);
  for (const std::string& text : texts) {
    EXPECT_EQ(text.find('\''), std::string::npos) << "straight apostrophe: " << text;
    EXPECT_EQ(text.find('"'), std::string::npos) << "straight quote: " << text;
    for (size_t at = text.find("«"); at != std::string::npos; at = text.find("«", at + 1))
      EXPECT_EQ(text.substr(at + std::string("«").size(), nbsp.size()), nbsp) << "after «: " << text;
    for (std::string_view mark : {"»", ":", ";", "!", "?"}) {
      for (size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + 1)) {
        if (mark == ":" && text.substr(at, 3) == "://") continue;                          // an address
        if (mark == ":" && at > 0 && std::isdigit((unsigned char)text[at - 1])) continue;  // 9:00
        EXPECT_TRUE(at >= nbsp.size() && text.substr(at - nbsp.size(), nbsp.size()) == nbsp)
            << "before " << mark << ": " << text;
      }
    }
  }
}

TEST(ErrorCatalog, FieldMessagesNameTheFieldInBothLanguages) {
  auto m = field_message({"sector", FieldCode::invalid_value, "school, library"});
  EXPECT_NE(m.fr.find("secteur"), std::string::npos);
  EXPECT_NE(m.en.find("sector"), std::string::npos);
  auto unknown = field_message({"colour", FieldCode::unknown_field, ""});
  EXPECT_NE(unknown.fr.find("colour"), std::string::npos);
  auto typed = field_message({"active", FieldCode::wrong_type, "boolean"});
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
