#include "common/field_rules.hpp"

#include <gtest/gtest.h>

#include <limits>

using namespace filet::field_rules;
using filet::FieldCode;
namespace json = boost::json;

TEST(FieldRules, WebAddressesAreHttpOrHttpsOnly) {
  EXPECT_TRUE(is_web_address("https://moisson.test"));
  EXPECT_TRUE(is_web_address("http://moisson.test/aide?x=1#haut"));
  for (std::string_view bad :
       {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>", "https://", "http:///x", "https://a b.test",
        "ftp://x.test", "//x.test", "https://x.test/\n", "moisson.test", " https://x.test"})
    EXPECT_FALSE(is_web_address(bad)) << bad;
  EXPECT_FALSE(check_web_address("url", ""));
  auto error = check_web_address("url", "javascript:alert(1)");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->field, "url");
  EXPECT_EQ(error->code, FieldCode::invalid_format);
}

TEST(FieldRules, PhoneNumbersAreDigitsWithTheUsualSeparators) {
  for (auto good : {"514-555-0102", "(514) 555-0102", "+1 514 555 0102", "450.555.0199", "5550102"})
    EXPECT_TRUE(is_phone_number(good)) << good;
  for (auto bad : {"abc", "", "555-01", "514-555-0102 poste 3", "1234567890123456", "514_555_0102"})
    EXPECT_FALSE(is_phone_number(bad)) << bad;
  EXPECT_FALSE(check_phone_number("phone", ""));
  ASSERT_TRUE(check_phone_number("phone", "abc"));
  EXPECT_EQ(check_phone_number("phone", "abc")->code, FieldCode::invalid_format);
}

TEST(FieldRules, OneEmailRule) {
  for (std::string_view good : {"info@moisson.test", "marie.tremblay+cisss@sante.gouv.qc.ca", "a@b.ca"})
    EXPECT_TRUE(is_email(good)) << good;
  for (std::string_view bad : {"info", "@moisson.test", "info@", "info@moisson", "a b@c.ca", "a@b@c.ca", "a@.ca",
                               "a@b.", "a@b..ca", "<a@b.ca>", "a@b.ca\n", "javascript:alert(1)@x.ca"})
    EXPECT_FALSE(is_email(bad)) << bad;
  EXPECT_FALSE(check_email("email", ""));
  EXPECT_EQ(check_email("email", "x")->field, "email");
}

TEST(FieldRules, WholeNumbersNeverConvertOutOfRange) {
  EXPECT_EQ(whole_number("minimum_age", json::value(12), 0, 120).value(), 12);
  EXPECT_EQ(whole_number("minimum_age", json::value(18.0), 0, 120).value(), 18);
  for (const json::value& bad :
       {json::value(1e308), json::parse("0e400"), json::parse("-1e400"), json::value(-1e308), json::value(121),
        json::value(-1), json::value(std::numeric_limits<double>::infinity()),
        json::value(-std::numeric_limits<double>::infinity()), json::value(std::numeric_limits<double>::quiet_NaN()),
        json::value(uint64_t{18446744073709551615u}), json::value(9.3e18), json::value(-9.3e18)}) {
    auto result = whole_number("minimum_age", bad, 0, 120);
    ASSERT_FALSE(result) << json::serialize(bad);
    EXPECT_EQ(result.error().field, "minimum_age");
    EXPECT_EQ(result.error().code, FieldCode::out_of_range);
  }
  EXPECT_EQ(whole_number("minimum_age", json::value(2.5), 0, 120).error().code, FieldCode::wrong_type);
  EXPECT_EQ(whole_number("minimum_age", json::value("12"), 0, 120).error().code, FieldCode::wrong_type);
  EXPECT_EQ(whole_number("minimum_age", json::value(true), 0, 120).error().code, FieldCode::wrong_type);
}

TEST(FieldRules, HugeJsonExponentsParseToRefusedNumbers) {
  // Boost.JSON 1.81 reads 1e400 as an infinity and 0e400 as NaN: neither converts.
  for (const char* text : {"1e400", "-1e400", "0e400", "1e308"}) {
    boost::system::error_code ec;
    auto v = json::parse(text, ec);
    if (ec) continue;
    EXPECT_FALSE(whole_number("maximum_age", v, 0, 120)) << text;
    EXPECT_EQ(is_finite_everywhere(json::array{json::object{{"x", v}}}), std::string(text) == "1e308") << text;
  }
}

TEST(FieldRules, ControlCharactersAreFoundWhereverTheyAreButTabsAndLineEndsAreText) {
  auto clean = boost::json::parse(R"({"name":"Café","description":"ligne 1\r\n\tligne 2","n":[1,2]})");
  EXPECT_FALSE(control_character_path(clean));
  EXPECT_EQ(control_character_path(boost::json::parse(R"({"name":"Caf\u0000é"})")), "name");
  EXPECT_EQ(control_character_path(boost::json::parse(R"({"phones":[{"number":"514"},{"number":"5\u0007"}]})")),
            "phones[1].number");
  EXPECT_EQ(control_character_path(boost::json::parse(R"({"a":{"b\u001b":"x"}})")), "a.b\x1b");
}
