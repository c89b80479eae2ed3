#include "core/program_routes.hpp"

#include "api/responses.hpp"
#include "common/json_input.hpp"
#include "core/program_repository.hpp"

namespace filet::core {
namespace {

using auth::Permission;

Result<ProgramChanges> decode(const boost::json::object& body, bool creating) {
  json_input::FieldReader in(body,
                             {"name", "description", "starts_on", "ends_on", "organization_ids", "funders", "active"});
  ProgramChanges changes;
  changes.name = in.text("name", {.required = creating, .min = 2, .max = 200});
  changes.description = in.text("description", {.min = 0, .max = 4000});
  changes.starts_on = in.date("starts_on", creating);
  changes.ends_on = in.date("ends_on", false);
  changes.organization_ids = in.id_list("organization_ids");
  changes.funders = in.text_list("funders", {.min = 2, .max = 200}, 50);
  changes.active = in.boolean("active");
  if (!creating && changes.name && changes.name->empty()) in.add({"name", FieldCode::required, {}});
  if (!creating && changes.starts_on && changes.starts_on->empty()) in.add({"starts_on", FieldCode::required, {}});
  TRY_VOID(in.finish());
  return changes;
}

}  // namespace

void add_program_routes(api::Api& api, ProgramService& service) {
  api.add({"GET", "/api/v1/programs", Permission::read_reference,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto query = TRY(api::list_query(ctx.request, program_repository::kSorts));
             auto page = TRY(service.list(query));
             return api::json_response(api::page_json(page, query));
           },
           "List programs"});
  api.add({"POST", "/api/v1/programs", Permission::manage_reference,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto changes = TRY(decode(TRY(api::body(ctx)), true));
             auto created = TRY(service.create(ctx.actor(), changes));
             return api::json_response(to_json(created), 201);
           },
           "Create a program"});
  api.add({"GET", "/api/v1/programs/{id}", Permission::read_reference,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto program = TRY(service.get(TRY(api::id_param(ctx))));
             return api::json_response(to_json(program));
           },
           "Read a program"});
  api.add({"PATCH", "/api/v1/programs/{id}", Permission::manage_reference,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto id = TRY(api::id_param(ctx));
             auto body = TRY(api::body(ctx));
             auto version = TRY(api::take_version(body));
             auto changes = TRY(decode(body, false));
             changes.version = version;
             auto updated = TRY(service.update(ctx.actor(), id, changes));
             return api::json_response(to_json(updated));
           },
           "Change or deactivate a program"});
}

}  // namespace filet::core
