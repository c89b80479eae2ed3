#pragma once
// Decoding of request bodies into typed values, collecting every field error at once so that a
// form can show them all next to their fields.
#include <boost/json.hpp>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace filet::json_input {

// Parses a body that must be one JSON object; rejects invalid UTF-8 and malformed JSON.
Result<boost::json::object> parse_object(std::string_view body);

struct TextRule {
  bool required = false;
  size_t min = 1;
  size_t max = 200;
};

class FieldReader {
 public:
  FieldReader(const boost::json::object& object, std::span<const std::string_view> known_fields);
  FieldReader(const boost::json::object& object, std::initializer_list<std::string_view> known_fields)
      : FieldReader(object, std::span<const std::string_view>(known_fields.begin(), known_fields.size())) {}

  bool has(std::string_view name) const { return object_.contains(name); }
  // Trimmed text; absent -> nullopt. An empty optional text field ("" or null) yields "" when
  // rule.min == 0, meaning "clear it".
  std::optional<std::string> text(std::string_view name, TextRule rule);
  std::optional<bool> boolean(std::string_view name, bool required = false);
  std::optional<std::string> choice(std::string_view name, std::span<const std::string_view> allowed, bool required);
  // A reference to another record: a UUID, or null/"" (returned as "") to clear it.
  std::optional<std::string> id(std::string_view name, bool required = false);
  std::optional<std::vector<std::string>> id_list(std::string_view name, bool required = false);
  std::optional<std::vector<std::string>> text_list(std::string_view name, TextRule rule, size_t max_items);
  // A YYYY-MM-DD date, or "" for null when not required.
  std::optional<std::string> date(std::string_view name, bool required);
  // A whole number within [min, max]; absent -> nullopt; null -> an empty inner optional.
  std::optional<std::optional<int64_t>> integer(std::string_view name, int64_t min, int64_t max);
  const boost::json::value* raw(std::string_view name) const;

  void add(FieldError error) { errors_.push_back(std::move(error)); }
  bool ok() const { return errors_.empty(); }
  // The collected errors as one Error (validation_failed, or unknown_field if that is all).
  Result<void> finish() const;

 private:
  std::optional<std::string> text_value(std::string_view name, const boost::json::value& v, TextRule rule);
  const boost::json::object& object_;
  std::vector<FieldError> errors_;
};

}  // namespace filet::json_input
