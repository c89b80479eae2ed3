#include "core/territory.hpp"

#include "core/json_output.hpp"

namespace filet::core {

boost::json::object to_json(const Territory& t) {
  return {{"id", t.id},
          {"name", t.name},
          {"kind", t.kind},
          {"setting", t.setting},
          {"parent_id", nullable(t.parent_id)},
          {"parent_name", nullable(t.parent_name)},
          {"active", t.active},
          {"created_at", t.created_at},
          {"updated_at", t.updated_at},
          {"version", t.version}};
}

}  // namespace filet::core
