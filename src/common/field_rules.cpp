#include "common/field_rules.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace filet::field_rules {
namespace {

bool has_space_or_control(std::string_view text) {
  for (unsigned char c : text)
    if (c <= 0x20 || c == 0x7f) return true;
  return false;
}

}  // namespace

bool is_web_address(std::string_view text) {
  std::string_view rest;
  if (text.starts_with("https://"))
    rest = text.substr(8);
  else if (text.starts_with("http://"))
    rest = text.substr(7);
  else
    return false;
  std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  return text.size() <= 2000 && !host.empty() && host.front() != '.' && !has_space_or_control(text) &&
         host.find_first_of("\\\"<>") == std::string_view::npos;
}

bool is_email(std::string_view text) {
  size_t at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
  std::string_view domain = text.substr(at + 1);
  size_t dot = domain.find('.');
  return text.size() <= 254 && !has_space_or_control(text) && dot != std::string_view::npos && dot > 0 &&
         !domain.ends_with('.') && domain.find("..") == std::string_view::npos &&
         text.find_first_of("<>\"(),;:\\[]") == std::string_view::npos;
}

bool is_phone_number(std::string_view text) {
  size_t digits = 0;
  for (char ch : text) {
    if (std::isdigit(static_cast<unsigned char>(ch)))
      ++digits;
    else if (std::string_view(" -().+/").find(ch) == std::string_view::npos)
      return false;
  }
  return digits >= 7 && digits <= 15;
}

std::optional<FieldError> check_phone_number(std::string_view field, std::string_view value) {
  if (value.empty() || is_phone_number(value)) return std::nullopt;
  return FieldError{std::string(field), FieldCode::invalid_format, "514-555-0100"};
}

std::optional<FieldError> check_web_address(std::string_view field, std::string_view value) {
  if (value.empty() || is_web_address(value)) return std::nullopt;
  return FieldError{std::string(field), FieldCode::invalid_format, "https://…"};
}

std::optional<FieldError> check_email(std::string_view field, std::string_view value) {
  if (value.empty() || is_email(value)) return std::nullopt;
  return FieldError{std::string(field), FieldCode::invalid_format, "email"};
}

std::expected<int64_t, FieldError> whole_number(std::string_view field, const boost::json::value& value, int64_t min,
                                                int64_t max) {
  auto out_of_range = [&] {
    return std::unexpected(
        FieldError{std::string(field), FieldCode::out_of_range, std::to_string(min) + "–" + std::to_string(max)});
  };
  if (value.is_int64()) {
    int64_t n = value.as_int64();
    if (n < min || n > max) return out_of_range();
    return n;
  }
  if (value.is_uint64()) {
    uint64_t n = value.as_uint64();  // above INT64_MAX, so above any max
    if (max < 0 || n > static_cast<uint64_t>(max)) return out_of_range();
    return static_cast<int64_t>(n);
  }
  if (value.is_double()) {
    double d = value.as_double();
    if (!std::isfinite(d)) return out_of_range();
    if (d != std::trunc(d)) return std::unexpected(FieldError{std::string(field), FieldCode::wrong_type, "integer"});
    // Compared as doubles before any conversion: converting an out-of-range double is undefined.
    if (d < static_cast<double>(min) || d > static_cast<double>(max)) return out_of_range();
    return static_cast<int64_t>(d);
  }
  return std::unexpected(FieldError{std::string(field), FieldCode::wrong_type, "integer"});
}

bool is_finite_everywhere(const boost::json::value& value) {
  if (value.is_double()) return std::isfinite(value.as_double());
  if (const auto* array = value.if_array())
    return std::all_of(array->begin(), array->end(), [](const auto& v) { return is_finite_everywhere(v); });
  if (const auto* object = value.if_object())
    return std::all_of(object->begin(), object->end(), [](const auto& kv) { return is_finite_everywhere(kv.value()); });
  return true;
}

namespace {

bool has_control_character(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
  });
}

std::optional<std::string> control_character_path(const boost::json::value& value, const std::string& path) {
  if (const auto* text = value.if_string()) return has_control_character(*text) ? std::optional(path) : std::nullopt;
  if (const auto* array = value.if_array()) {
    for (size_t i = 0; i < array->size(); ++i)
      if (auto found = control_character_path((*array)[i], path + "[" + std::to_string(i) + "]")) return found;
  }
  if (const auto* object = value.if_object()) {
    for (const auto& kv : *object) {
      std::string key = path.empty() ? std::string(kv.key()) : path + "." + std::string(kv.key());
      if (has_control_character(kv.key())) return key;
      if (auto found = control_character_path(kv.value(), key)) return found;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> control_character_path(const boost::json::value& value) {
  return control_character_path(value, "");
}

}  // namespace filet::field_rules
