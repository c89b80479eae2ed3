#include "privacy/incident_routes.hpp"

#include "api/resource.hpp"
#include "common/clock.hpp"
#include "privacy/incident_fields.hpp"

namespace filet::privacy {
namespace {

Requester requester(const api::Context& ctx) {
  return {*ctx.principal, ctx.scope, ctx.actor()};
}

Result<std::string> date_param(const http::Request& request, std::string_view name) {
  auto raw = request.query_param(name);
  if (!raw || raw->empty()) return std::string();
  if (!clock::is_date(*raw))
    return fail(Error::field(ErrorCode::bad_query, std::string(name), FieldCode::invalid_format, "2026-04-01"));
  return std::string(*raw);
}

Result<incident_repository::Filters> filters_of(const http::Request& request) {
  incident_repository::Filters f;
  f.organization_id = TRY(api::id_query_param(request, "organization_id"));
  f.status = TRY(api::choice_param(request, kIncidentFilters.field("status")));
  f.from = TRY(date_param(request, "from"));
  f.to = TRY(date_param(request, "to"));
  return f;
}

}  // namespace

void add_incident_routes(api::Api& api, IncidentService& service) {
  using auth::Permission;
  constexpr auto kKeep = Permission::keep_incident_register;
  api::add_resource<Incident, IncidentChanges>(
      api,
      {.path = "/api/v1/privacy/incidents",
       .sorts = incident_repository::kSorts,
       .fields = kIncidentFields,
       .filters = &kIncidentFilters,
       .list = {kKeep, "List confidentiality incidents (the Law 25 register)"},
       .get = {kKeep, "Read a confidentiality incident"},
       .create = {kKeep, "Record a confidentiality incident"},
       .update = {kKeep, "Change or close a confidentiality incident"},
       .list_records = [&service](api::Context& ctx, const db::ListQuery& query) -> Result<db::Page<Incident>> {
         return service.list(requester(ctx), TRY(filters_of(ctx.request)), query);
       },
       .get_record = [&service](api::Context& ctx, const std::string& id) { return service.get(requester(ctx), id); },
       .decode = decode_incident,
       .create_record = [&service](api::Context& ctx,
                                   const IncidentChanges& changes) { return service.create(requester(ctx), changes); },
       .update_record = [&service](
                            api::Context& ctx, const std::string& id,
                            const IncidentChanges& changes) { return service.update(requester(ctx), id, changes); }});
}

}  // namespace filet::privacy
