#include "network/network_service.hpp"

#include "network/network_map.hpp"

namespace filet::network {

Result<boost::json::object> NetworkService::map(const db::Scope& scope, const MapRequest& request) {
  if (!request.period.from.empty() && !request.period.to.empty() && request.period.to < request.period.from)
    return fail(Error::field(ErrorCode::bad_query, "to", FieldCode::before_other, "from"));
  auto c = TRY(pool_.acquire());
  auto scoped = scope.on(*c);
  auto organizations = TRY(network_repository::organizations(scoped, request.territory_id, request.program_id));
  std::vector<Link> links;
  if (request.links != "networking")
    for (auto& l : TRY(network_repository::referral_links(scoped, request.period))) links.push_back(std::move(l));
  if (request.links != "referrals")
    for (auto& l : TRY(network_repository::networking_links(scoped, request.period))) links.push_back(std::move(l));
  return map_json(organizations, links,
                  [&scope](const std::string& id) { return scope.level(id) == db::Access::identified; });
}

}  // namespace filet::network
