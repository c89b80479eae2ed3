#include "directory/json_array_reader.hpp"

#include <gtest/gtest.h>

namespace filet::directory {
namespace {

TEST(JsonArrayReaderTest, ReadsEachElementOfAnArrayThenTheEnd) {
  JsonArrayReader reader(R"([{"a": 1}, 2 , "trois"])");
  boost::json::value element;
  ASSERT_TRUE(*reader.next(element));
  EXPECT_EQ(element.as_object().at("a").as_int64(), 1);
  ASSERT_TRUE(*reader.next(element));
  EXPECT_EQ(element.as_int64(), 2);
  ASSERT_TRUE(*reader.next(element));
  EXPECT_EQ(element.as_string(), "trois");
  auto end = reader.next(element);
  ASSERT_TRUE(end.has_value());
  EXPECT_FALSE(*end);
}

// Found by the fuzzer: Boost.JSON reads 5E555555 as infinity, which serializes as text no JSON
// parser accepts back; the element is refused instead of reaching an import or an export.
TEST(JsonArrayReaderTest, RefusesANumberOutOfRange) {
  JsonArrayReader reader("[1, 5E555555, 3]");
  boost::json::value element;
  ASSERT_TRUE(*reader.next(element));
  auto refused = reader.next(element);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::malformed_json);
}

TEST(JsonArrayReaderTest, RefusesANumberOutOfRangeInsideAnObject) {
  JsonArrayReader reader(R"([{"latitude": -1e400}])");
  boost::json::value element;
  EXPECT_FALSE(reader.next(element).has_value());
}

}  // namespace
}  // namespace filet::directory
