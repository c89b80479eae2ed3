#include "common/json_input.hpp"

#include <algorithm>

#include "common/clock.hpp"
#include "common/field_rules.hpp"
#include "common/ids.hpp"
#include "common/text.hpp"

namespace filet::json_input {
namespace json = boost::json;

Result<json::object> parse_object(std::string_view body) {
  if (!text::is_valid_utf8(body)) return fail(ErrorCode::invalid_utf8);
  json::parse_options options;
  options.max_depth = 32;
  boost::system::error_code ec;
  json::value value = json::parse(body, ec, {}, options);
  if (ec) return fail(ErrorCode::malformed_json, ec.message());
  if (!value.is_object()) return fail(Error::field(ErrorCode::malformed_json, "body", FieldCode::wrong_type, "object"));
  return std::move(value.as_object());
}

FieldReader::FieldReader(const json::object& object, std::span<const std::string_view> known_fields) : object_(object) {
  for (const auto& entry : object_) {
    if (std::find(known_fields.begin(), known_fields.end(), entry.key()) == known_fields.end()) {
      errors_.push_back({std::string(entry.key()), FieldCode::unknown_field, {}});
    }
  }
}

const json::value* FieldReader::raw(std::string_view name) const {
  return object_.if_contains(name);
}

std::optional<std::string> FieldReader::text_value(std::string_view name, const json::value& v, TextRule rule) {
  if (!v.is_string()) {
    add({std::string(name), FieldCode::wrong_type, "string"});
    return std::nullopt;
  }
  std::string value = text::trim(v.as_string());
  size_t length = text::length(value);
  if (value.empty() && rule.required) {
    add({std::string(name), FieldCode::required, {}});
  } else if (!value.empty() && length < rule.min) {
    add({std::string(name), FieldCode::too_short, std::to_string(rule.min)});
  } else if (length > rule.max) {
    add({std::string(name), FieldCode::too_long, std::to_string(rule.max)});
  } else if (std::any_of(value.begin(), value.end(), [](char c) { return c >= 0 && c < 0x20 && c != '\n'; })) {
    add({std::string(name), FieldCode::invalid_format, "control characters"});
  } else {
    return value;
  }
  return std::nullopt;
}

std::optional<std::string> FieldReader::text(std::string_view name, TextRule rule) {
  const json::value* v = raw(name);
  if (!v) {
    if (rule.required) add({std::string(name), FieldCode::required, {}});
    return std::nullopt;
  }
  if (v->is_null()) {
    if (rule.required) {
      add({std::string(name), FieldCode::required, {}});
      return std::nullopt;
    }
    return std::string();
  }
  return text_value(name, *v, rule);
}

std::optional<bool> FieldReader::boolean(std::string_view name, bool required) {
  const json::value* v = raw(name);
  if (!v) {
    if (required) add({std::string(name), FieldCode::required, {}});
    return std::nullopt;
  }
  if (!v->is_bool()) {
    add({std::string(name), FieldCode::wrong_type, "boolean"});
    return std::nullopt;
  }
  return v->as_bool();
}

std::optional<std::string> FieldReader::choice(std::string_view name, std::span<const std::string_view> allowed,
                                               bool required) {
  auto value = text(name, {.required = required, .min = 1, .max = 64});
  if (!value) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
    std::string list;
    for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    if (value->empty() && !required) return value;
    add({std::string(name), value->empty() ? FieldCode::required : FieldCode::invalid_value, list});
    return std::nullopt;
  }
  return value;
}

std::optional<std::string> FieldReader::id(std::string_view name, bool required) {
  auto value = text(name, {.required = required, .min = 1, .max = 64});
  if (!value || value->empty()) return value;
  if (!ids::is_uuid(*value)) {
    add({std::string(name), FieldCode::invalid_format, "UUID"});
    return std::nullopt;
  }
  return value;
}

std::optional<std::vector<std::string>> FieldReader::id_list(std::string_view name, bool required) {
  const json::value* v = raw(name);
  if (!v) {
    if (required) add({std::string(name), FieldCode::required, {}});
    return std::nullopt;
  }
  if (!v->is_array()) {
    add({std::string(name), FieldCode::wrong_type, "array"});
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const auto& item : v->as_array()) {
    if (!item.is_string() || !ids::is_uuid(item.as_string())) {
      add({std::string(name), FieldCode::invalid_format, "UUID"});
      return std::nullopt;
    }
    std::string id(item.as_string());
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(std::move(id));
  }
  if (out.size() > 500) {
    add({std::string(name), FieldCode::out_of_range, "500"});
    return std::nullopt;
  }
  return out;
}

std::optional<std::vector<std::string>> FieldReader::text_list(std::string_view name, TextRule rule, size_t max_items) {
  const json::value* v = raw(name);
  if (!v) return std::nullopt;
  if (!v->is_array()) {
    add({std::string(name), FieldCode::wrong_type, "array"});
    return std::nullopt;
  }
  if (v->as_array().size() > max_items) {
    add({std::string(name), FieldCode::out_of_range, std::to_string(max_items)});
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const auto& item : v->as_array()) {
    auto value = text_value(name, item, rule);
    if (!value) return std::nullopt;
    if (!value->empty()) out.push_back(std::move(*value));
  }
  return out;
}

std::optional<std::string> FieldReader::date(std::string_view name, bool required) {
  auto value = text(name, {.required = required, .min = 1, .max = 10});
  if (!value || value->empty()) return value;
  if (!clock::is_date(*value)) {
    add({std::string(name), FieldCode::wrong_type, "date"});
    return std::nullopt;
  }
  return value;
}

std::optional<std::optional<int64_t>> FieldReader::integer(std::string_view name, int64_t min, int64_t max) {
  const json::value* v = raw(name);
  if (!v) return std::nullopt;
  if (v->is_null()) return std::optional<int64_t>{};
  auto number = field_rules::whole_number(name, *v, min, max);
  if (!number) {
    add(std::move(number.error()));
    return std::nullopt;
  }
  return std::optional<int64_t>(*number);
}

Result<void> FieldReader::finish() const {
  if (errors_.empty()) return {};
  bool only_unknown =
      std::all_of(errors_.begin(), errors_.end(), [](auto& e) { return e.code == FieldCode::unknown_field; });
  return std::unexpected(Error{only_unknown ? ErrorCode::unknown_field : ErrorCode::validation_failed, errors_, {}});
}

}  // namespace filet::json_input
