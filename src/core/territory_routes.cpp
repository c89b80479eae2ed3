#include "core/territory_routes.hpp"

#include "api/responses.hpp"
#include "common/json_input.hpp"
#include "core/territory_repository.hpp"

namespace filet::core {
namespace {

using auth::Permission;

Result<TerritoryChanges> decode(const boost::json::object& body, bool creating) {
  json_input::FieldReader in(body, {"name", "kind", "setting", "parent_id", "active"});
  TerritoryChanges changes;
  changes.name = in.text("name", {.required = creating, .min = 2, .max = 200});
  changes.kind = in.choice("kind", kTerritoryKinds, creating);
  changes.setting = in.choice("setting", kTerritorySettings, creating);
  changes.parent_id = in.id("parent_id");
  changes.active = in.boolean("active");
  if (!creating && changes.name && changes.name->empty()) in.add({"name", FieldCode::required, {}});
  TRY_VOID(in.finish());
  return changes;
}

}  // namespace

void add_territory_routes(api::Api& api, TerritoryService& service) {
  api.add({"GET", "/api/v1/territories", Permission::read_reference,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto query = TRY(api::list_query(ctx.request, territory_repository::kSorts));
             TerritoryFilter filter;
             filter.kind = TRY(api::choice_param(ctx.request, "kind", kTerritoryKinds));
             filter.parent_id = TRY(api::id_query_param(ctx.request, "parent_id"));
             auto page = TRY(service.list(query, filter));
             return api::json_response(api::page_json(page, query));
           },
           "List territories"});
  api.add({"POST", "/api/v1/territories", Permission::manage_reference,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto changes = TRY(decode(TRY(api::body(ctx)), true));
             auto created = TRY(service.create(ctx.actor(), changes));
             return api::json_response(to_json(created), 201);
           },
           "Create a territory"});
  api.add({"GET", "/api/v1/territories/{id}", Permission::read_reference,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto territory = TRY(service.get(TRY(api::id_param(ctx))));
             return api::json_response(to_json(territory));
           },
           "Read a territory"});
  api.add({"PATCH", "/api/v1/territories/{id}", Permission::manage_reference,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto id = TRY(api::id_param(ctx));
             auto body = TRY(api::body(ctx));
             auto version = TRY(api::take_version(body));
             auto changes = TRY(decode(body, false));
             changes.version = version;
             auto updated = TRY(service.update(ctx.actor(), id, changes));
             return api::json_response(to_json(updated));
           },
           "Change or deactivate a territory"});
}

}  // namespace filet::core
