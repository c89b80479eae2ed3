#include "common/fields.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "common/field_rules.hpp"
#include "common/text.hpp"

namespace filet::fields {
namespace {

std::map<std::string, Label, std::less<>>& labels() {
  static std::map<std::string, Label, std::less<>> registry;
  return registry;
}

std::optional<FieldError> check_format(const Field& field, std::string_view wire, const std::string& value) {
  switch (field.format) {
    case Format::email:
      return field_rules::check_email(wire, value);
    case Format::phone:
      return field_rules::check_phone_number(wire, value);
    case Format::web_address:
      return field_rules::check_web_address(wire, value);
    case Format::none:
      break;
  }
  return std::nullopt;
}

}  // namespace

void register_label(std::string_view name, Label label) {
  if (label.fr.empty()) return;
  labels().emplace(std::string(name), label);  // the first description to name a field labels it
}

const Label* label_of(std::string_view name) {
  auto it = labels().find(name);
  return it == labels().end() ? nullptr : &it->second;
}

std::vector<Label> all_labels() {
  std::vector<Label> out;
  for (const auto& [name, label] : labels()) out.push_back(label);
  return out;
}

Description::Description(std::string_view schema_name, std::initializer_list<Field> list, Shape object_shape)
    : schema(schema_name), fields(list), shape(object_shape) {
  for (const Field& f : fields) register_label(f.name, f.label);
}

const Field* Description::find(std::string_view name) const {
  auto it = std::find_if(fields.begin(), fields.end(), [&](const Field& f) {
    return f.name == name && f.access != Access::read_only;
  });  // writable first
  if (it == fields.end())
    it = std::find_if(fields.begin(), fields.end(), [&](const Field& f) { return f.name == name; });
  return it == fields.end() ? nullptr : &*it;
}

const Field& Description::field(std::string_view name) const {
  const Field* f = find(name);
  if (!f) throw std::logic_error("field " + std::string(name) + " is not in the description " + std::string(schema));
  return *f;
}

std::vector<std::string_view> Description::writable() const {
  std::vector<std::string_view> out;
  for (const Field& f : fields)
    if (f.access == Access::read_write || f.access == Access::write_only) out.push_back(f.name);
  return out;
}

Reader::Reader(const boost::json::object& body, const Description& description, Mode mode)
    : Reader(body, description, mode, description.writable()) {}

Reader::Reader(const boost::json::object& body, const Description& description, Mode mode,
               std::span<const std::string_view> names)
    : body_(body), description_(description), mode_(mode), in_(body, names) {}

std::optional<std::string> Reader::text(std::string_view name) {
  const Field& f = description_.field(name);
  bool required = f.required && mode_ == Mode::create;
  std::optional<std::string> value;
  switch (f.type) {
    case Type::choice:
      value = in_.choice(name, f.choices, required);
      break;
    case Type::id:
      value = in_.id(name, required);
      break;
    case Type::date:
      value = in_.date(name, required);
      break;
    case Type::secret:
      if (const auto* v = in_.raw(name)) {
        if (v->is_string())
          value = std::string(v->as_string());
        else
          in_.add({std::string(name), FieldCode::wrong_type, "string"});
      } else if (required) {
        in_.add({std::string(name), FieldCode::required, {}});
      }
      return value;
    default:
      value = in_.text(name, {.required = required, .min = f.min, .max = f.max});
  }
  if (!value) return value;
  if (value->empty() && f.required && mode_ == Mode::update) {
    in_.add({std::string(name), FieldCode::required, {}});
    return std::nullopt;
  }
  if (auto error = check_format(f, name, *value)) {
    in_.add(std::move(*error));
    return std::nullopt;
  }
  return value;
}

std::optional<bool> Reader::boolean(std::string_view name) {
  const Field& f = description_.field(name);
  return in_.boolean(name, f.required && mode_ == Mode::create);
}

std::optional<std::optional<int64_t>> Reader::integer(std::string_view name) {
  const Field& f = description_.field(name);
  return in_.integer(name, f.low, f.high);
}

std::optional<std::vector<std::string>> Reader::list(std::string_view name) {
  const Field& f = description_.field(name);
  bool required = f.required && mode_ == Mode::create;
  if (f.type == Type::id_list) return in_.id_list(name, required);
  if (required && !in_.has(name)) in_.add({std::string(name), FieldCode::required, {}});
  return in_.text_list(name, {.min = f.min, .max = f.max}, f.max_items);
}

std::optional<FieldError> check_text(const Field& field, std::string_view value, std::string_view wire_name) {
  std::string wire(wire_name.empty() ? field.name : wire_name);
  size_t length = text::length(value);
  if (value.empty()) {
    if (field.required) return FieldError{wire, FieldCode::required, {}};
    return std::nullopt;
  }
  if (length < field.min) return FieldError{wire, FieldCode::too_short, std::to_string(field.min)};
  if (length > field.max) return FieldError{wire, FieldCode::too_long, std::to_string(field.max)};
  if (field.type == Type::choice &&
      std::find(field.choices.begin(), field.choices.end(), value) == field.choices.end()) {
    std::string list;
    for (auto a : field.choices) list += (list.empty() ? "" : ", ") + std::string(a);
    return FieldError{wire, FieldCode::invalid_value, list};
  }
  return check_format(field, wire, std::string(value));
}

}  // namespace filet::fields
