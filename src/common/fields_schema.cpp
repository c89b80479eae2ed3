#include "common/fields_schema.hpp"

#include <algorithm>

namespace filet::fields {
namespace json = boost::json;
namespace {

json::array choice_list(const Field& field) {
  json::array out;
  for (auto c : field.choices) out.emplace_back(c);
  return out;
}

bool included(const Field& field, Purpose purpose) {
  if (purpose == Purpose::record) return field.access != Access::write_only;
  if (purpose == Purpose::update) return field.access == Access::read_write || field.access == Access::write_only;
  return field.access != Access::read_only;
}

// A nested record in a response is a component of its own (its description's schema name, see
// nested_records); a nested row of a request is written in place (its read-only fields left out).
json::object nested_schema(const Description& nested, Purpose purpose) {
  if (purpose == Purpose::record) return {{"$ref", "#/components/schemas/" + std::string(nested.schema)}};
  return object_schema(nested, Purpose::create);
}

}  // namespace

void nested_records(const Description& d, std::vector<const Description*>& out) {
  for (const Field& f : d.fields) {
    if (!f.nested || f.access == Access::write_only) continue;
    if (std::find(out.begin(), out.end(), f.nested) != out.end()) continue;
    out.push_back(f.nested);
    nested_records(*f.nested, out);
  }
}

json::object value_schema(const Field& f, Purpose purpose) {
  json::object s;
  switch (f.type) {
    case Type::text:
    case Type::secret:
      s = {{"type", "string"}, {"maxLength", f.max}};
      if (f.min > 1 && purpose != Purpose::record) s["minLength"] = f.min;
      break;
    case Type::integer:
      s = {{"type", "integer"}, {"minimum", f.low}, {"maximum", f.high}};
      break;
    case Type::number:
      s = {{"type", "number"}};
      break;
    case Type::text_or_number:
      s = {{"oneOf", json::array{json::object{{"type", "string"}}, json::object{{"type", "number"}}}}};
      break;
    case Type::boolean:
      s = {{"type", "boolean"}};
      break;
    case Type::choice:
      s = {{"type", "string"}, {"enum", choice_list(f)}};
      break;
    case Type::id:
      s = {{"type", "string"}, {"format", "uuid"}};
      break;
    case Type::id_list:
      s = {{"type", "array"}, {"items", {{"type", "string"}, {"format", "uuid"}}}, {"maxItems", f.max_items}};
      break;
    case Type::text_list:
      s = {{"type", "array"}, {"items", {{"type", "string"}, {"maxLength", f.max}}}, {"maxItems", f.max_items}};
      break;
    case Type::date:
      s = {{"type", "string"}, {"format", "date"}};
      break;
    case Type::timestamp:
      s = {{"type", "string"}};
      break;
    case Type::object:
      s = nested_schema(*f.nested, purpose);
      break;
    case Type::object_list:
      s = {{"type", "array"}, {"items", nested_schema(*f.nested, purpose)}, {"maxItems", f.max_items}};
      break;
    case Type::any_object:
      s = f.nested ? nested_schema(*f.nested, purpose) : json::object{{"type", "object"}};
      break;
    case Type::any_object_list:
      s = {{"type", "array"},
           {"items", f.nested ? nested_schema(*f.nested, purpose) : json::object{{"type", "object"}}},
           {"maxItems", f.max_items}};
      break;
  }
  // A request may clear an optional field with null; a record shows null for "none".
  bool nullable = purpose == Purpose::record ? f.nullable : !f.required && f.type != Type::boolean;
  // OpenAPI 3.0 ignores siblings of $ref: a nullable nested record is wrapped in allOf.
  if (nullable && s.contains("$ref"))
    s = {{"allOf", json::array{std::move(s)}}, {"nullable", true}};
  else if (nullable)
    s["nullable"] = true;
  if (!f.label.en.empty() && !s.contains("$ref"))
    s["description"] = std::string(f.label.en) + " / " + std::string(f.label.fr);
  return s;
}

json::object object_schema(const Description& d, Purpose purpose) {
  return object_schema(d, purpose, {});
}

json::object object_schema(const Description& d, Purpose purpose, std::span<const std::string_view> only) {
  json::object properties;
  json::array required;
  for (const Field& f : d.fields) {
    if (!included(f, purpose)) continue;
    if (!only.empty() && std::find(only.begin(), only.end(), f.name) == only.end()) continue;
    properties[f.name] = value_schema(f, purpose);
    // An open object requires only what its own standard requires (HSDS: a phone's number).
    bool always = d.shape == Shape::strict && purpose == Purpose::record;
    if (always || (f.required && purpose != Purpose::update)) required.emplace_back(f.name);
  }
  json::object s{
      {"type", "object"}, {"properties", std::move(properties)}, {"additionalProperties", d.shape == Shape::open}};
  if (!required.empty()) s["required"] = std::move(required);
  return s;
}

json::object page_schema(std::string_view record_component) {
  json::object integer{{"type", "integer"}, {"minimum", 0}};
  return {
      {"type", "object"},
      {"properties",
       {{"items", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/" + std::string(record_component)}}}}},
        {"total", integer},
        {"page", integer},
        {"per_page", integer}}},
      {"required", {"items", "total", "page", "per_page"}},
      {"additionalProperties", false}};
}

json::object query_parameter(const Field& f) {
  json::object schema = value_schema(f, Purpose::update);
  schema.erase("nullable");
  json::object p{{"name", f.name}, {"in", "query"}};
  if (auto* d = schema.if_contains("description")) p["description"] = *d;
  p["schema"] = std::move(schema);
  if (f.type == Type::id_list || f.type == Type::text_list) p["explode"] = false;  // a,b,c
  if (f.required) p["required"] = true;
  return p;
}

}  // namespace filet::fields
