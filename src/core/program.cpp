#include "core/program.hpp"

namespace filet::core {

void write_json(JsonWriter& w, const Program& p) {
  w.begin_object().field("id", p.id).field("name", p.name).field("description", p.description);
  w.field("starts_on", p.starts_on).nullable_field("ends_on", p.ends_on);
  w.key("organization_ids").begin_array();
  for (const auto& o : p.organizations) w.value(o.id);
  w.end_array().key("organizations").begin_array();
  for (const auto& o : p.organizations) w.begin_object().field("id", o.id).field("name", o.name).end_object();
  w.end_array().key("funders").begin_array();
  for (const auto& f : p.funders) w.value(f);
  w.end_array();
  w.field("active", p.active).field("created_at", p.created_at).field("updated_at", p.updated_at);
  w.field("version", p.version).end_object();
}

}  // namespace filet::core
