#include "network/network_routes.hpp"

#include "api/responses.hpp"
#include "network/network_fields.hpp"

namespace filet::network {

void add_network_routes(api::Api& api, NetworkService& service) {
  api.add_schema(kNetworkMapFields, fields::Purpose::record);
  // Whoever reads the journal: practitioners and managers (their organization's links with
  // their counts), coordinators and evaluators (their programs' organizations, small counts hidden).
  api.add(api::Route{"GET", "/api/v1/network/map", auth::Permission::read_journal,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       MapRequest r;
                       r.territory_id = TRY(api::id_query_param(ctx.request, "territory_id"));
                       r.program_id = TRY(api::id_query_param(ctx.request, "program_id"));
                       r.period.from = TRY(api::date_query_param(ctx.request, "from"));
                       r.period.to = TRY(api::date_query_param(ctx.request, "to"));
                       r.links = TRY(api::choice_param(ctx.request, kNetworkMapQuery.field("links")));
                       return api::json_response(TRY(service.map(ctx.scope, r)));
                     },
                     "The organizations of a territory or program as a network: referrals, networking "
                     "contacts, key-partner choices and active referral agreements between them, each organization's "
                     "partners and betweenness, reciprocity, "
                     "isolated organizations and brokers"}
              .with_schemas("", "NetworkMap")
              .with_query({&kNetworkMapQuery}));
}

}  // namespace filet::network
