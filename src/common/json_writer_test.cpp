#include "common/json_writer.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cmath>
#include <limits>
#include <random>

using filet::JsonWriter;
namespace json = boost::json;

namespace {

// Writes a DOM through the writer's own calls (not dom()), to compare with boost::json::serialize.
void write_walk(JsonWriter& w, const json::value& v) {
  switch (v.kind()) {
    case json::kind::null:
      w.null();
      break;
    case json::kind::bool_:
      w.value(v.get_bool());
      break;
    case json::kind::int64:
      w.value(v.get_int64());
      break;
    case json::kind::uint64:
      w.value(v.get_uint64());
      break;
    case json::kind::double_:
      w.value(v.get_double());
      break;
    case json::kind::string:
      w.value(std::string_view(v.get_string()));
      break;
    case json::kind::array:
      w.begin_array();
      for (const auto& item : v.get_array()) write_walk(w, item);
      w.end_array();
      break;
    case json::kind::object:
      w.begin_object();
      for (const auto& member : v.get_object()) {
        w.key(std::string_view(member.key()));
        write_walk(w, member.value());
      }
      w.end_object();
      break;
  }
}

std::string written(const json::value& v) {
  std::string out;
  JsonWriter w(out);
  write_walk(w, v);
  return out;
}

std::string json_text(std::string_view text) {
  std::string out;
  JsonWriter(out).value(text);
  return out;
}

}  // namespace

TEST(JsonWriter, EscapesEveryByteAsBoostDoes) {
  for (int c = 0; c < 256; ++c) {
    std::string one(1, static_cast<char>(c));
    EXPECT_EQ(json_text(one), json::serialize(json::string(one))) << "byte " << c;
  }
}

// Plain text is scanned by blocks (16 bytes, the last one overlapping, a short text copied into
// one): a byte to escape must be found at every place, in texts of every length around a block.
TEST(JsonWriter, FindsEveryByteToEscapeWhereverItStands) {
  const std::string plain = "Montréal-Nord Anjou, Saint-Léonard et Rivière";
  for (size_t size = 1; size <= 40; ++size) {
    for (int c = 0; c < 256; ++c) {
      for (size_t at = 0; at < size; ++at) {
        std::string text = plain.substr(0, size);
        text[at] = static_cast<char>(c);
        ASSERT_EQ(json_text(text), json::serialize(json::string(text)))
            << "byte " << c << " at " << at << " of " << size;
      }
    }
    EXPECT_EQ(json_text(plain.substr(0, size)), json::serialize(json::string(plain.substr(0, size))));
  }
}

TEST(JsonWriter, EscapesControlCharactersExactly) {
  EXPECT_EQ(json_text(std::string("a\0b", 3)), R"("a\u0000b")");
  EXPECT_EQ(json_text("\b\t\n\f\r"), R"("\b\t\n\f\r")");
  EXPECT_EQ(json_text("\x01\x1f\x7f"), "\"\\u0001\\u001f\x7f\"");
  EXPECT_EQ(json_text("say \"hi\" \\ /"), R"("say \"hi\" \\ /")");
  EXPECT_EQ(json_text(""), R"("")");
}

TEST(JsonWriter, CopiesUtf8AndInvalidBytesAsTheyAre) {
  for (std::string s : {std::string("Montréal-Nord 😀 l’Entre-Maisons"), std::string("\xC3"), std::string("\xC0\xAF"),
                        std::string("\xED\xA0\x80"), std::string("abc\xFF\xFE"), std::string("\x80\n\xE2\x82")}) {
    EXPECT_EQ(json_text(s), json::serialize(json::string(s))) << s;
  }
}

TEST(JsonWriter, NumbersReadAsBoostPrintsThem) {
  std::vector<json::value> numbers = {0,
                                      -1,
                                      42,
                                      std::numeric_limits<int64_t>::min(),
                                      std::numeric_limits<int64_t>::max(),
                                      std::numeric_limits<uint64_t>::max(),
                                      0.0,
                                      -0.0,
                                      1.0,
                                      0.1,
                                      -2.5e-7,
                                      45.508888,
                                      -73.561668,
                                      1e300,
                                      std::numeric_limits<double>::min(),
                                      std::numeric_limits<double>::infinity(),
                                      std::nan("")};
  for (const auto& n : numbers) EXPECT_EQ(written(n), json::serialize(n));
}

TEST(JsonWriter, SmallIntegerTypesAreNumbers) {
  std::string out;
  JsonWriter w(out);
  w.begin_array().value(int{-3}).value(size_t{7}).value(short{2}).value(true).value(nullptr).value("x").end_array();
  EXPECT_EQ(out, R"([-3,7,2,true,null,"x"])");
}

TEST(JsonWriter, NestsObjectsAndArraysWithCommasInPlace) {
  json::value doc = json::parse(R"({"items":[{"id":"a","tags":[],"n":{}},{"id":"b","tags":[1,[2,[]],{"k":null}]}],
                                    "page":1,"empty":"","deep":[[[[]]]],"t":true,"f":false})");
  EXPECT_EQ(written(doc), json::serialize(doc));
}

TEST(JsonWriter, FieldsAndNullableFields) {
  std::string out;
  JsonWriter w(out);
  w.begin_object()
      .field("name", std::string("Café \"Le Phare\""))
      .nullable_field("email", "")
      .nullable_field("phone", "514-555-0100")
      .field("active", false)
      .field("total", int64_t{55})
      .end_object();
  EXPECT_EQ(out, R"({"name":"Café \"Le Phare\"","email":null,"phone":"514-555-0100","active":false,"total":55})");
}

TEST(JsonWriter, KeysWrittenInTheCodeAndKeysFromDataMix) {
  std::string out;
  JsonWriter w(out);
  std::string from_data = "pct_\"x\"";
  w.begin_object().key("a").begin_array().end_array().key(std::string_view(from_data)).value(1);
  w.key("b").begin_object().key("c").null().end_object().field(std::string_view("d"), 2).end_object();
  EXPECT_EQ(out, R"({"a":[],"pct_\"x\"":1,"b":{"c":null},"d":2})");
}

TEST(JsonWriter, KeysWrittenInTheCodeGrowTheBufferExactly) {
  std::string out, expected = "[";
  JsonWriter w(out);
  w.begin_array();
  for (int i = 0; i < 500; ++i) {
    w.begin_object().key("created_at").value("2026-12-07").field("n", i).end_object();
    expected += (i ? ",{" : "{") + std::string(R"("created_at":"2026-12-07","n":)") + std::to_string(i) + "}";
  }
  w.end_array();
  EXPECT_EQ(out, expected + "]");
}

TEST(JsonWriter, EmbedsABuiltValue) {
  std::string out;
  JsonWriter w(out);
  json::value built = {{"x", json::array{1, "é\n"}}};
  w.begin_array().value(1).dom(built).dom(nullptr).end_array();
  EXPECT_EQ(out, "[1," + json::serialize(built) + ",null]");
}

TEST(JsonWriter, AppendsToWhatTheBufferHolds) {
  std::string out = "prefix:";
  JsonWriter(out).begin_object().field("a", 1).end_object();
  EXPECT_EQ(out, R"(prefix:{"a":1})");
}

// Random documents (fixed seed): strings of any bytes, numbers of every kind, nesting.
TEST(JsonWriter, MatchesBoostSerializeOnRandomDocuments) {
  std::mt19937_64 random(20261206);
  auto any_string = [&] {
    std::string s(random() % 12, '\0');
    for (char& c : s) c = static_cast<char>(random() % 256);
    return s;
  };
  std::function<json::value(int)> make = [&](int depth) -> json::value {
    switch (random() % (depth > 0 ? 9 : 7)) {
      case 0:
        return nullptr;
      case 1:
        return random() % 2 == 0;
      case 2:
        return static_cast<int64_t>(random());
      case 3:
        return static_cast<uint64_t>(random());
      case 4:
        return std::ldexp(static_cast<double>(static_cast<int64_t>(random())), static_cast<int>(random() % 200) - 100);
      case 5:
      case 6:
        return json::string(any_string());
      case 7: {
        json::array a;
        for (size_t i = random() % 5; i > 0; --i) a.push_back(make(depth - 1));
        return a;
      }
      default: {
        json::object o;
        for (size_t i = random() % 5; i > 0; --i) o[any_string()] = make(depth - 1);
        return o;
      }
    }
  };
  for (int i = 0; i < 500; ++i) {
    json::value doc = make(4);
    ASSERT_EQ(written(doc), json::serialize(doc)) << "document " << i;
  }
}
