#include "core/program.hpp"

#include "core/json_output.hpp"

namespace filet::core {

boost::json::object to_json(const Program& p) {
  boost::json::array organization_ids, organizations, funders;
  for (const auto& o : p.organizations) {
    organization_ids.push_back(boost::json::string(o.id));
    organizations.push_back({{"id", o.id}, {"name", o.name}});
  }
  for (const auto& f : p.funders) funders.push_back(boost::json::string(f));
  return {{"id", p.id},
          {"name", p.name},
          {"description", p.description},
          {"starts_on", p.starts_on},
          {"ends_on", nullable(p.ends_on)},
          {"organization_ids", std::move(organization_ids)},
          {"organizations", std::move(organizations)},
          {"funders", std::move(funders)},
          {"active", p.active},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at},
          {"version", p.version}};
}

}  // namespace filet::core
