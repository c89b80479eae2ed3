#include "core/organization_routes.hpp"

#include "api/responses.hpp"
#include "common/field_rules.hpp"
#include "common/json_input.hpp"
#include "core/organization_repository.hpp"

namespace filet::core {
namespace {

using auth::Permission;

Result<OrganizationChanges> decode(const boost::json::object& body, bool creating) {
  json_input::FieldReader in(body, {"name", "sector", "email", "phone", "website", "territory_ids", "active"});
  OrganizationChanges changes;
  changes.name = in.text("name", {.required = creating, .min = 2, .max = 200});
  changes.sector = in.choice("sector", kSectors, creating);
  changes.email = in.text("email", {.min = 0, .max = 254});
  changes.phone = in.text("phone", {.min = 0, .max = 40});
  changes.website = in.text("website", {.min = 0, .max = 300});
  changes.territory_ids = in.id_list("territory_ids");
  changes.active = in.boolean("active");
  if (!creating && changes.name && changes.name->empty()) in.add({"name", FieldCode::required, {}});
  if (auto error = changes.email ? field_rules::check_email("email", *changes.email) : std::nullopt) in.add(*error);
  if (auto error = changes.phone ? field_rules::check_phone_number("phone", *changes.phone) : std::nullopt)
    in.add(*error);
  if (auto error = changes.website ? field_rules::check_web_address("website", *changes.website) : std::nullopt)
    in.add(*error);
  TRY_VOID(in.finish());
  return changes;
}

}  // namespace

void add_organization_routes(api::Api& api, OrganizationService& service) {
  api.add({"GET", "/api/v1/organizations", Permission::read_reference,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto query = TRY(api::list_query(ctx.request, organization_repository::kSorts));
             OrganizationFilter filter;
             filter.sector = TRY(api::choice_param(ctx.request, "sector", kSectors));
             filter.territory_id = TRY(api::id_query_param(ctx.request, "territory_id"));
             auto page = TRY(service.list(query, filter));
             return api::json_response(api::page_json(page, query));
           },
           "List organizations"});
  api.add({"POST", "/api/v1/organizations", Permission::manage_reference,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto changes = TRY(decode(TRY(api::body(ctx)), true));
             auto created = TRY(service.create(ctx.actor(), changes));
             return api::json_response(to_json(created), 201);
           },
           "Create an organization"});
  api.add({"GET", "/api/v1/organizations/{id}", Permission::read_reference,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto organization = TRY(service.get(TRY(api::id_param(ctx))));
             return api::json_response(to_json(organization));
           },
           "Read an organization"});
  api.add({"PATCH", "/api/v1/organizations/{id}", Permission::update_organization,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto id = TRY(api::id_param(ctx));
             auto body = TRY(api::body(ctx));
             auto version = TRY(api::take_version(body));
             auto changes = TRY(decode(body, false));
             changes.version = version;
             auto updated = TRY(service.update(ctx.actor(), *ctx.principal, id, changes));
             return api::json_response(to_json(updated));
           },
           "Change or deactivate an organization", "id"});
}

}  // namespace filet::core
