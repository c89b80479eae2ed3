#include "core/organization.hpp"

#include "core/json_output.hpp"

namespace filet::core {

boost::json::object to_json(const Organization& o) {
  boost::json::array territory_ids, territories;
  for (const auto& t : o.territories) {
    territory_ids.push_back(boost::json::string(t.id));
    territories.push_back({{"id", t.id}, {"name", t.name}});
  }
  return {{"id", o.id},
          {"name", o.name},
          {"sector", o.sector},
          {"email", nullable(o.email)},
          {"phone", nullable(o.phone)},
          {"website", nullable(o.website)},
          {"territory_ids", std::move(territory_ids)},
          {"territories", std::move(territories)},
          {"active", o.active},
          {"created_at", o.created_at},
          {"updated_at", o.updated_at},
          {"version", o.version}};
}

}  // namespace filet::core
