#include "families/identity.hpp"

#include <boost/json.hpp>

namespace filet::families {
using fields::Type;

const fields::Description kIdentityFields{
    "FamilyIdentity",
    {{.name = "family_id", .type = Type::id, .access = fields::Access::read_only},
     // 0 while no identity is recorded: the first PUT names version 0 or none.
     {.name = "version", .type = Type::integer, .label = {"version", "version"}, .low = 0, .high = INT64_MAX},
     {.name = "names", .type = Type::text, .label = {"noms", "names"}, .max = 200, .nullable = true},
     {.name = "phone",
      .type = Type::text,
      .label = {"téléphone", "phone"},
      .max = 40,
      .format = fields::Format::phone,
      .nullable = true},
     {.name = "address", .type = Type::text, .label = {"adresse", "address"}, .max = 300, .nullable = true},
     {.name = "identifying_notes",
      .type = Type::text,
      .label = {"notes identifiantes", "identifying notes"},
      .max = 2000,
      .nullable = true},
     {.name = "updated_at", .type = Type::timestamp, .nullable = true, .access = fields::Access::read_only}}};

Result<IdentityChanges> decode_identity(const boost::json::object& body) {
  fields::Reader in(body, kIdentityFields, fields::Mode::update);
  IdentityChanges changes;
  if (auto version = in.integer("version"); version && *version) changes.version = **version;
  changes.names = in.text("names");
  changes.phone = in.text("phone");
  changes.address = in.text("address");
  changes.identifying_notes = in.text("identifying_notes");
  TRY_VOID(in.finish());
  return changes;
}

boost::json::object to_json(const Identity& identity) {
  auto field = [&](const char* name) -> boost::json::value {
    auto it = identity.fields.find(name);
    if (it == identity.fields.end() || it->second.empty()) return nullptr;
    return boost::json::string(it->second);
  };
  boost::json::value updated = nullptr;
  if (!identity.updated_at.empty()) updated = boost::json::string(identity.updated_at);
  return {{"family_id", identity.family_id},
          {"version", identity.version},
          {"names", field("names")},
          {"phone", field("phone")},
          {"address", field("address")},
          {"identifying_notes", field("identifying_notes")},
          {"updated_at", updated}};
}

}  // namespace filet::families
