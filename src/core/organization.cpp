#include "core/organization.hpp"

namespace filet::core {

void write_json(JsonWriter& w, const Organization& o) {
  w.begin_object().field("id", o.id).field("name", o.name).field("sector", o.sector);
  w.nullable_field("email", o.email).nullable_field("phone", o.phone).nullable_field("website", o.website);
  w.key("territory_ids").begin_array();
  for (const auto& t : o.territories) w.value(t.id);
  w.end_array().key("territories").begin_array();
  for (const auto& t : o.territories) w.begin_object().field("id", t.id).field("name", t.name).end_object();
  w.end_array();
  w.field("active", o.active).field("created_at", o.created_at).field("updated_at", o.updated_at);
  w.field("version", o.version).end_object();
}

}  // namespace filet::core
