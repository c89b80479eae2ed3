#include "common/fields.hpp"

#include <gtest/gtest.h>

#include "common/fields_schema.hpp"

namespace filet::fields {
namespace {

constexpr std::string_view kColours[] = {"red", "green"};

const Description kGadget{"Gadget",
                          {kId,
                           {.name = "title", .label = {"titre", "title"}, .required = true, .min = 2, .max = 10},
                           {.name = "colour", .type = Type::choice, .choices = kColours},
                           {.name = "site", .max = 300, .format = Format::web_address, .nullable = true},
                           {.name = "count", .type = Type::integer, .low = 0, .high = 5},
                           {.name = "secret", .type = Type::secret, .access = Access::write_only},
                           kCreatedAt}};

boost::json::object parse(std::string_view text) {
  return boost::json::parse(text).as_object();
}

std::vector<std::string> fields_of(const Error& error) {
  std::vector<std::string> out;
  for (const auto& f : error.fields) out.push_back(f.field + ":" + std::string(field_code_name(f.code)));
  return out;
}

TEST(Fields, DecodingAppliesTheDescribedRules) {
  auto body = parse(R"({"title":"a","colour":"blue","site":"ftp://x","count":9,"id":"x","other":1})");
  Reader in(body, kGadget, Mode::create);
  EXPECT_FALSE(in.text("title"));
  EXPECT_FALSE(in.text("colour"));
  EXPECT_FALSE(in.text("site"));
  EXPECT_FALSE(in.integer("count"));
  auto error = in.finish().error();
  EXPECT_EQ(error.code, ErrorCode::validation_failed);
  // Read-only fields (id) are unknown in a body, as any name the description lacks.
  EXPECT_EQ(fields_of(error),
            (std::vector<std::string>{"id:unknown_field", "other:unknown_field", "title:too_short",
                                      "colour:invalid_value", "site:invalid_format", "count:out_of_range"}));
}

TEST(Fields, RequiredOnCreateAndNeverClearedOnUpdate) {
  auto empty = parse("{}");
  Reader create(empty, kGadget, Mode::create);
  EXPECT_FALSE(create.text("title"));
  EXPECT_EQ(fields_of(create.finish().error()), std::vector<std::string>{"title:required"});
  Reader absent(empty, kGadget, Mode::update);
  EXPECT_FALSE(absent.text("title"));
  EXPECT_TRUE(absent.finish());
  auto cleared = parse(R"({"title":"  ","site":null})");
  Reader update(cleared, kGadget, Mode::update);
  EXPECT_FALSE(update.text("title"));
  EXPECT_EQ(update.text("site"), "");  // an optional field is cleared
  EXPECT_EQ(fields_of(update.finish().error()), std::vector<std::string>{"title:required"});
}

TEST(Fields, SecretsAreKeptAsSent) {
  auto body = parse(R"({"title":"ok ok","secret":"  spaced  "})");
  Reader in(body, kGadget, Mode::create);
  EXPECT_EQ(in.text("secret"), "  spaced  ");
  EXPECT_EQ(in.text("title"), "ok ok");
  EXPECT_TRUE(in.finish());
}

TEST(Fields, ImportersCheckValuesByTheSameField) {
  EXPECT_FALSE(check_text(kGadget.field("site"), "https://exemple.ca"));
  EXPECT_EQ(check_text(kGadget.field("site"), "exemple", "x.site")->field, "x.site");
  EXPECT_EQ(check_text(kGadget.field("colour"), "blue")->param, "red, green");
  EXPECT_EQ(check_text(kGadget.field("title"), "far too long a title")->code, FieldCode::too_long);
}

TEST(Fields, DescriptionsLabelTheirFields) {
  ASSERT_NE(label_of("title"), nullptr);
  EXPECT_EQ(label_of("title")->fr, "titre");
  EXPECT_EQ(label_of("no_such_field_here"), nullptr);
}

TEST(Fields, SchemasFollowTheDescription) {
  auto record = object_schema(kGadget, Purpose::record);
  EXPECT_EQ(record.at("additionalProperties"), false);
  EXPECT_FALSE(record.at("properties").as_object().contains("secret"));  // write-only
  EXPECT_EQ(record.at("required").as_array().size(), 6u);
  EXPECT_EQ(record.at("properties").at("site").at("nullable"), true);
  auto create = object_schema(kGadget, Purpose::create);
  EXPECT_FALSE(create.at("properties").as_object().contains("id"));  // read-only
  EXPECT_EQ(create.at("required"), boost::json::array{"title"});
  EXPECT_EQ(create.at("properties").at("count").at("maximum"), 5);
  EXPECT_EQ(create.at("properties").at("colour").at("enum"), (boost::json::array{"red", "green"}));
  EXPECT_FALSE(object_schema(kGadget, Purpose::update).contains("required"));
}

// An object HSDS defines, kept as it came: open (others allowed), only its own required field.
const Description kPhoneOpen{"PhoneOpen",
                             {{.name = "number", .required = true, .access = Access::read_only},
                              {.name = "extension", .type = Type::text_or_number, .nullable = true}},
                             Shape::open};
const Description kPlace{"Place",
                         {{.name = "phone", .type = Type::object, .nullable = true, .nested = &kPhoneOpen},
                          {.name = "phones", .type = Type::any_object_list, .nested = &kPhoneOpen},
                          {.name = "latitude", .type = Type::number, .nullable = true}}};

TEST(Fields, OpenObjectsNullableRecordsAndNumbers) {
  auto phone = object_schema(kPhoneOpen, Purpose::record);
  EXPECT_EQ(phone.at("additionalProperties"), true);
  EXPECT_EQ(phone.at("required"), boost::json::array{"number"});
  EXPECT_EQ(phone.at("properties").at("extension").at("oneOf").as_array().size(), 2u);
  auto place = object_schema(kPlace, Purpose::record);
  // A nullable nested record: $ref cannot carry `nullable`, so it is wrapped in allOf.
  EXPECT_EQ(place.at("properties").at("phone").at("nullable"), true);
  EXPECT_EQ(place.at("properties").at("phone").at("allOf").as_array()[0].at("$ref"), "#/components/schemas/PhoneOpen");
  EXPECT_EQ(place.at("properties").at("phones").at("items").at("$ref"), "#/components/schemas/PhoneOpen");
  EXPECT_EQ(place.at("properties").at("latitude").at("type"), "number");
  std::vector<const Description*> nested;
  nested_records(kPlace, nested);
  EXPECT_EQ(nested, std::vector<const Description*>{&kPhoneOpen});
}

}  // namespace
}  // namespace filet::fields
