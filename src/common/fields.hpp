#pragma once
// Each entity's fields, described once in its module: wire name, type, limits, allowed values,
// required-ness, format rule and French/English labels. The one description drives body decoding
// (fields::Reader), the labels of error messages (label_of), the validation importers reuse
// (check_text) and the OpenAPI schemas (fields_schema.hpp), hence the generated TypeScript types.
// It lives in common/ so that every layer, the importers included, can use it.
#include <boost/json.hpp>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "common/json_input.hpp"

namespace filet::fields {

struct Label {
  std::string_view fr;
  std::string_view en;
};

enum class Type {
  text,            // trimmed text, min/max characters
  secret,          // text kept as sent (passwords: spaces count); never in a response
  integer,         // whole number within [low, high]
  number,          // a decimal (coordinates, distances; responses only)
  text_or_number,  // either, as an HSDS document may hold it (a phone's extension; responses only)
  boolean,
  choice,       // one of `choices`
  id,           // a UUID
  id_list,      // UUIDs, at most max_items
  text_list,    // texts of min..max characters, at most max_items
  date,         // YYYY-MM-DD
  timestamp,    // a moment as the server writes it (responses only)
  object,       // one nested record described by `nested`
  object_list,  // nested records described by `nested`, at most max_items
  // A JSON object whose shape another document defines (HSDS); with `nested`, the properties
  // Filet reads from it, none required and others allowed (the HSDS schema rules the rest).
  any_object,
  any_object_list,  // such objects, at most max_items
};

enum class Format { none, email, phone, web_address };

// Who may send or see the field: a record's id is read-only, a password write-only. The id of a
// record a phone may create offline is create_only: the client may make it (api::take_client_id
// takes it out before decoding), nobody changes it afterwards.
enum class Access { read_write, read_only, write_only, create_only };

struct Description;

// A record's schema is strict (every field present, no other); an object another document
// defines (HSDS) is open: the fields listed are those Filet reads, none required, others allowed.
enum class Shape { strict, open };

struct Field {
  std::string_view name;
  Type type = Type::text;
  Label label = {};
  bool required = false;                      // on create; a required field can never be cleared on update
  size_t min = 0;                             // text: characters (a non-empty value); lists: unused
  size_t max = 200;                           // text: characters
  int64_t low = 0, high = 0;                  // integer range
  std::span<const std::string_view> choices;  // Type::choice
  Format format = Format::none;
  size_t max_items = 500;  // lists
  bool nullable = false;   // a response shows null for "none"
  Access access = Access::read_write;
  const Description* nested = nullptr;  // object, object_list
};

// One entity's fields. Constructing it registers its labels (label_of), so a module's
// descriptions label its fields in error messages without editing common/.
struct Description {
  std::string_view schema;  // the OpenAPI component name, e.g. "Organization"
  std::vector<Field> fields;
  Shape shape = Shape::strict;

  Description(std::string_view schema_name, std::initializer_list<Field> list, Shape shape = Shape::strict);
  const Field& field(std::string_view name) const;  // a programming error (throws) when absent
  const Field* find(std::string_view name) const;
  // The names a request body may carry.
  std::vector<std::string_view> writable() const;
};

// Fields most records share.
inline constexpr Field kId{.name = "id", .type = Type::id, .access = Access::read_only};
// The id of a record a client may make (offline creation, idempotent resending).
inline constexpr Field kClientId{
    .name = "id", .type = Type::id, .label = {"identifiant", "id"}, .access = Access::create_only};
// The record's version (optimistic updates): every change increments it; an update may name the
// one it was made against (a stale one is a 409 with the current record). Ignored on create.
inline constexpr Field kVersion{
    .name = "version", .type = Type::integer, .label = {"version", "version"}, .low = 1, .high = INT64_MAX};
inline constexpr Field kCreatedAt{.name = "created_at", .type = Type::timestamp, .access = Access::read_only};
inline constexpr Field kUpdatedAt{.name = "updated_at", .type = Type::timestamp, .access = Access::read_only};
inline constexpr Field kActive{.name = "active", .type = Type::boolean, .label = {"actif", "active"}};

// The label of a field's wire name, from the descriptions constructed so far (nullptr if none).
const Label* label_of(std::string_view name);
// Labels that are not an entity's field (e.g. query parameters) but name one in errors.
void register_label(std::string_view name, Label label);
// Every registered label, for the typography test.
std::vector<Label> all_labels();

enum class Mode { create, update };

// Decodes a request body by a description: unknown fields, types, limits, choices, required-ness
// and format rules, every error collected at once. The typed change is filled by its module.
class Reader {
 public:
  Reader(const boost::json::object& body, const Description& description, Mode mode);
  // Only `names` are accepted (a route that lets a person change part of a record).
  Reader(const boost::json::object& body, const Description& description, Mode mode,
         std::span<const std::string_view> names);

  // text, secret, choice, id and date fields; "" means "clear it" for optional ones.
  std::optional<std::string> text(std::string_view name);
  std::optional<bool> boolean(std::string_view name);
  std::optional<std::optional<int64_t>> integer(std::string_view name);
  // id_list and text_list fields.
  std::optional<std::vector<std::string>> list(std::string_view name);
  bool has(std::string_view name) const { return in_.has(name); }
  const boost::json::value* raw(std::string_view name) const { return in_.raw(name); }
  void add(FieldError error) { in_.add(std::move(error)); }
  bool ok() const { return in_.ok(); }
  Result<void> finish() const { return in_.finish(); }
  bool creating() const { return mode_ == Mode::create; }

 private:
  const boost::json::object& body_;
  const Description& description_;
  Mode mode_;
  json_input::FieldReader in_;
};

// The check of one text value against its field's limits and format, for importers that read
// values from elsewhere than a request body (the same rule the API applies).
std::optional<FieldError> check_text(const Field& field, std::string_view value, std::string_view wire_name = {});

}  // namespace filet::fields
