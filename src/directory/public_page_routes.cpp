#include "directory/public_page_routes.hpp"

#include <array>

#include "api/responses.hpp"
#include "directory/service_fields.hpp"

namespace filet::directory {

namespace {
// Both the body of PUT and the answer of GET and PUT.
const fields::Description kPublicPagesFields{"PublicPages",
                                             {{.name = "enabled",
                                               .type = fields::Type::boolean,
                                               .label = {"pages publiques", "public pages"},
                                               .required = true}}};
constexpr std::string_view kLangs[] = {"fr", "en"};
const fields::Description kPublicLangFields{"PublicLang",
                                            {{.name = "lang", .type = fields::Type::choice, .choices = kLangs}}};
}  // namespace

void add_public_page_routes(api::Api& api, PublicPageService& service) {
  using auth::Permission;
  api.add_schema(kPublicPagesFields, fields::Purpose::record);
  api.add_schema(kPublicServiceFields, fields::Purpose::record);
  api.add(api::Route{"GET", "/api/v1/directory/organizations/{id}/public-pages", Permission::read_reference,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto enabled = TRY(service.enabled(TRY(api::id_param(ctx))));
                       return api::json_response(boost::json::object{{"enabled", enabled}});
                     },
                     "Whether the organization's services have a public page"}
              .with_schemas("", "PublicPages"));
  api.add(api::Route{"PUT", "/api/v1/directory/organizations/{id}/public-pages", Permission::update_organization,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto body = TRY(api::body(ctx));
                       fields::Reader in(body, kPublicPagesFields, fields::Mode::create);
                       auto enabled = in.boolean("enabled");
                       TRY_VOID(in.finish());
                       auto now = TRY(service.set_enabled(ctx.actor(), id, *enabled));
                       return api::json_response(boost::json::object{{"enabled", now}});
                     },
                     "Let the organization's services have a public page, or not", "id"}
              .with_schemas("PublicPages", "PublicPages", 200));
  api.add(api::Route{"GET", "/api/public/services/{id}", Permission::anyone,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       std::string lang = TRY(api::choice_param(ctx.request, kPublicLangFields.field("lang")));
                       return api::json_response(TRY(service.page(id, lang.empty() ? "fr" : lang)));
                     },
                     "The public page of a service (no sign-in), when its organization allows it"}
              .with_query({&kPublicLangFields})
              .with_schemas("", "PublicService"));
}

}  // namespace filet::directory
