#include "directory/public_page_routes.hpp"

#include <array>

#include "api/responses.hpp"
#include "common/json_input.hpp"

namespace filet::directory {

void add_public_page_routes(api::Api& api, PublicPageService& service) {
  using auth::Permission;
  api.add({"GET", "/api/v1/directory/organizations/{id}/public-pages", Permission::read_reference,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto enabled = TRY(service.enabled(TRY(api::id_param(ctx))));
             return api::json_response(boost::json::object{{"enabled", enabled}});
           },
           "Whether the organization's services have a public page"});
  api.add({"PUT", "/api/v1/directory/organizations/{id}/public-pages", Permission::update_organization,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto id = TRY(api::id_param(ctx));
             auto body = TRY(api::body(ctx));
             json_input::FieldReader in(body, {"enabled"});
             auto enabled = in.boolean("enabled", true);
             TRY_VOID(in.finish());
             auto now = TRY(service.set_enabled(ctx.actor(), id, *enabled));
             return api::json_response(boost::json::object{{"enabled", now}});
           },
           "Let the organization's services have a public page, or not", "id"});
  api.add(
      {"GET", "/api/public/services/{id}", Permission::anyone,
       [&service](api::Context& ctx) -> Result<http::Response> {
         auto id = TRY(api::id_param(ctx));
         std::string lang = TRY(api::choice_param(ctx.request, "lang", std::array<std::string_view, 2>{"fr", "en"}));
         return api::json_response(TRY(service.page(id, lang.empty() ? "fr" : lang)));
       },
       "The public page of a service (no sign-in), when its organization allows it"});
}

}  // namespace filet::directory
