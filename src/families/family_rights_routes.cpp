// Law 25's routes: a family's export (s. 27) and destruction, and each organization's retention
// setting. Managers of the family's organization only (the service asks the policy).
#include <boost/json.hpp>

#include "api/resource.hpp"
#include "auth/policy.hpp"
#include "common/fields_schema.hpp"
#include "families/family_routes.hpp"
#include "families/retention.hpp"

namespace filet::families {
namespace {

using auth::Permission;
using fields::Type;

constexpr std::string_view kFormats[] = {"json", "html"};
constexpr std::string_view kLanguages[] = {"fr", "en"};
const fields::Description kExportQuery{
    "FamilyExportQuery",
    {{.name = "format", .type = Type::choice, .label = {"format", "format"}, .choices = kFormats},
     {.name = "lang", .type = Type::choice, .label = {"langue", "language"}, .choices = kLanguages}}};

const fields::Description kDestructionFields{
    "FamilyDestruction",
    {{.name = "code",
      .type = Type::text,
      .label = {"code de la famille, pour confirmer", "the family's code, to confirm"},
      .required = true,
      .min = 1,
      .max = 20}}};

const fields::Description kRetentionFields{
    "FamilyRetention",
    {{.name = "organization_id", .type = Type::id, .access = fields::Access::read_only},
     {.name = "years_after_closing",
      .type = Type::integer,
      .label = {"années de conservation après la fermeture", "years kept after closing"},
      .required = true,
      .low = kMinRetentionYears,
      .high = kMaxRetentionYears},
     {.name = "is_default", .type = Type::boolean, .access = fields::Access::read_only}}};

boost::json::object to_json(const RetentionSetting& s) {
  return {{"organization_id", s.organization_id},
          {"years_after_closing", s.years_after_closing},
          {"is_default", s.is_default}};
}

Result<http::Response> export_family(FamilyExport& exports, api::Context& ctx) {
  auto id = TRY(api::id_param(ctx));
  auto format = TRY(api::choice_param(ctx.request, kExportQuery.field("format")));
  auto lang = TRY(api::choice_param(ctx.request, kExportQuery.field("lang")));
  auto exported = TRY(exports.gather(ctx.actor(), *ctx.principal, ctx.scope, id));
  std::string code(exported.at("family").as_object().at("code").as_string());
  http::Response response;
  if (format == "html") {
    response.content_type = "text/html; charset=utf-8";
    response.body = export_page(exported, lang.empty() ? "fr" : lang);
  } else {
    response.body = boost::json::serialize(exported);
  }
  // A download, never cached: it holds the family's identity.
  response.set_header("Content-Disposition", "attachment; filename=\"filet-famille-" + code + "." +
                                                 (format == "html" ? "html" : "json") + "\"");
  response.set_header("Cache-Control", "no-store");
  return response;
}

}  // namespace

void add_family_rights_routes(api::Api& api, FamilyExport& exports, DestructionService& destruction) {
  api.add_schema(kDestructionFields, fields::Purpose::create);
  api.add_schema(kRetentionFields, fields::Purpose::record);
  api.add_schema("FamilyRetentionChange", fields::object_schema(kRetentionFields, fields::Purpose::create));
  api.add(api::Route{"GET", "/api/v1/families/{id}/export", Permission::manage_families,
                     [&exports](api::Context& ctx) { return export_family(exports, ctx); },
                     "Everything held about a family (Law 25, s. 27), as JSON or a page in French or English "
                     "(a download; audited)"}
              .with_query({&kExportQuery}));
  api.add(api::Route{"POST", "/api/v1/families/{id}/destruction", Permission::manage_families,
                     [&destruction](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto body = TRY(api::body(ctx));
                       fields::Reader in(body, kDestructionFields, fields::Mode::create);
                       auto code = in.text("code");
                       TRY_VOID(in.finish());
                       TRY_VOID(destruction.destroy(ctx.actor(), *ctx.principal, ctx.scope, id, code.value_or("")));
                       return api::no_content();
                     },
                     "Destroy a family (its data key, identity, entries and history; a tombstone of counts "
                     "stays); the body names its code to confirm"}
              .with_schemas("FamilyDestruction", "", 204));
  api.add(api::Route{"GET", "/api/v1/organizations/{id}/family-retention", Permission::manage_families,
                     [&destruction](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       return api::json_response(to_json(TRY(destruction.retention(*ctx.principal, id))));
                     },
                     "How many years the organization keeps closed families (5 by default)"}
              .with_schemas("", "FamilyRetention"));
  api.add(api::Route{"PUT", "/api/v1/organizations/{id}/family-retention", Permission::manage_families,
                     [&destruction](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       // Another organization's setting is refused before its body is read.
                       TRY_VOID(auth::may_manage_families(*ctx.principal, id));
                       auto body = TRY(api::body(ctx));
                       fields::Reader in(body, kRetentionFields, fields::Mode::create);
                       auto years = in.integer("years_after_closing");
                       TRY_VOID(in.finish());
                       return api::json_response(
                           to_json(TRY(destruction.set_retention(ctx.actor(), *ctx.principal, id, **years))));
                     },
                     "Set how many years the organization keeps closed families before destroying them (audited)"}
              .with_schemas("FamilyRetentionChange", "FamilyRetention", 200));
}

}  // namespace filet::families
