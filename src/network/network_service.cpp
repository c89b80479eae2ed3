#include "network/network_service.hpp"

#include "network/network_map.hpp"

namespace filet::network {

Result<boost::json::object> NetworkService::map(const db::Scope& scope, const MapRequest& request) {
  if (!request.period.from.empty() && !request.period.to.empty() && request.period.to < request.period.from)
    return fail(Error::field(ErrorCode::bad_query, "to", FieldCode::before_other, "from"));
  auto c = TRY(pool_.acquire());
  auto scoped = scope.on(*c);
  auto organizations = TRY(network_repository::organizations(scoped, request.territory_id, request.program_id));
  // A territory's or program's map counts only the links among its organizations.
  std::vector<std::string> among;
  const bool filtered = !request.territory_id.empty() || !request.program_id.empty();
  if (filtered)
    for (const auto& o : organizations) among.push_back(o.id);
  std::vector<Link> links;
  if (filtered && organizations.empty())
    return map_json(organizations, links, [](const std::string&) { return false; });
  using Reader = Result<std::vector<Link>> (*)(db::ScopedConnection&, const network_repository::Period&,
                                               const std::vector<std::string>&);
  const std::pair<std::string_view, Reader> kinds[] = {{"referrals", network_repository::referral_links},
                                                       {"networking", network_repository::networking_links},
                                                       {"key_partners", network_repository::key_partner_links},
                                                       {"agreements", network_repository::agreement_links}};
  for (const auto& [kind, read] : kinds) {
    if (!request.links.empty() && request.links != "all" && request.links != kind) continue;
    for (auto& l : TRY(read(scoped, request.period, among))) links.push_back(std::move(l));
  }
  return map_json(organizations, links,
                  [&scope](const std::string& id) { return scope.level(id) == db::Access::identified; });
}

}  // namespace filet::network
