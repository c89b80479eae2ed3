#include "core/territory.hpp"

namespace filet::core {

void write_json(JsonWriter& w, const Territory& t) {
  w.begin_object().field("id", t.id).field("name", t.name).field("kind", t.kind).field("setting", t.setting);
  w.nullable_field("parent_id", t.parent_id).nullable_field("parent_name", t.parent_name);
  w.field("active", t.active).field("created_at", t.created_at).field("updated_at", t.updated_at);
  w.field("version", t.version).end_object();
}

}  // namespace filet::core
