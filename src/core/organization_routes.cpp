#include "core/organization_routes.hpp"

#include "api/resource.hpp"
#include "core/json_output.hpp"
#include "core/organization_fields.hpp"
#include "core/organization_repository.hpp"

namespace filet::core {

const fields::Description kOrganizationFilterFields{
    "OrganizationFilter",
    {{.name = "sector", .type = fields::Type::choice, .label = {"secteur", "sector"}, .choices = kSectors},
     {.name = "territory_id", .type = fields::Type::id, .label = {"territoire", "territory"}}}};

void add_organization_routes(api::Api& api, OrganizationService& service) {
  using auth::Permission;
  api::add_resource<Organization, OrganizationChanges>(
      api,
      {.path = "/api/v1/organizations",
       .sorts = organization_repository::kSorts,
       .fields = kOrganizationFields,
       .filters = &kOrganizationFilterFields,
       .list = {Permission::read_reference, "List organizations"},
       .get = {Permission::read_reference, "Read an organization"},
       .create = {Permission::manage_reference, "Create an organization"},
       .update = {Permission::update_organization, "Change or deactivate an organization", "id"},
       .list_records = [&service](api::Context& ctx, const ListQuery& query) -> Result<Page<Organization>> {
         OrganizationFilter filter;
         filter.sector = TRY(api::choice_param(ctx.request, kOrganizationFilterFields.field("sector")));
         filter.territory_id = TRY(api::id_query_param(ctx.request, "territory_id"));
         return service.list(query, filter);
       },
       .get_record = [&service](api::Context&, const std::string& id) { return service.get(id); },
       .decode = decode_organization,
       .create_record = [&service](api::Context& ctx,
                                   const OrganizationChanges& changes) { return service.create(ctx.actor(), changes); },
       .update_record =
           [&service](api::Context& ctx, const std::string& id, const OrganizationChanges& changes) {
             return service.update(ctx.actor(), *ctx.principal, id, changes);
           }});
}

}  // namespace filet::core
