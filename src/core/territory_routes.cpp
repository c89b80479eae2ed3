#include "core/territory_routes.hpp"

#include "api/resource.hpp"
#include "core/json_output.hpp"
#include "core/territory_fields.hpp"
#include "core/territory_repository.hpp"

namespace filet::core {

void add_territory_routes(api::Api& api, TerritoryService& service) {
  using auth::Permission;
  api::add_resource<Territory, TerritoryChanges>(
      api,
      {.path = "/api/v1/territories",
       .sorts = territory_repository::kSorts,
       .fields = kTerritoryFields,
       .filters = &kTerritoryFilterFields,
       .list = {Permission::read_reference, "List territories"},
       .get = {Permission::read_reference, "Read a territory"},
       .create = {Permission::manage_reference, "Create a territory"},
       .update = {Permission::manage_reference, "Change or deactivate a territory"},
       .list_records = [&service](api::Context& ctx, const ListQuery& query) -> Result<Page<Territory>> {
         TerritoryFilter filter;
         filter.kind = TRY(api::choice_param(ctx.request, kTerritoryFilterFields.field("kind")));
         filter.parent_id = TRY(api::id_query_param(ctx.request, "parent_id"));
         return service.list(query, filter);
       },
       .get_record = [&service](api::Context&, const std::string& id) { return service.get(id); },
       .decode = decode_territory,
       .create_record = [&service](api::Context& ctx,
                                   const TerritoryChanges& changes) { return service.create(ctx.actor(), changes); },
       .update_record = [&service](
                            api::Context& ctx, const std::string& id,
                            const TerritoryChanges& changes) { return service.update(ctx.actor(), id, changes); }});
}

}  // namespace filet::core
