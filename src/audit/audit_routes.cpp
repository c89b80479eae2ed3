#include "audit/audit_routes.hpp"

#include "api/responses.hpp"

namespace filet::audit {
namespace {
constexpr std::string_view kActions[] = {"create",
                                         "import",
                                         "update",
                                         "delete",
                                         "read",
                                         "login",
                                         "logout",
                                         "login_failed",
                                         "two_factor_begin",
                                         "two_factor_enrol",
                                         "two_factor_disable",
                                         "two_factor_reset",
                                         "recovery_code_used",
                                         "recovery_codes_renewed"};
constexpr std::string_view kEntities[] = {"territory", "organization",         "program",     "user", "session",
                                          "service",   "public_service_pages", "postal_areas"};

using fields::Type;

const fields::Description kAuditFilterFields{"AuditFilter",
                                             {{.name = "action", .type = Type::choice, .choices = kActions},
                                              {.name = "entity", .type = Type::choice, .choices = kEntities}}};

// One entry as list_json writes it.
const fields::Description kAuditEntryFields{
    "AuditEntry",
    {{.name = "id", .type = Type::text, .access = fields::Access::read_only},  // a sequence number, as text
     {.name = "at", .type = Type::timestamp},
     {.name = "user_id", .type = Type::id, .nullable = true},
     {.name = "user_email", .type = Type::text, .max = 254, .nullable = true},
     {.name = "action", .type = Type::choice, .choices = kActions},
     {.name = "entity", .type = Type::choice, .choices = kEntities},
     {.name = "entity_id", .type = Type::text, .nullable = true},
     {.name = "organization_id", .type = Type::id, .nullable = true},
     {.name = "request_id", .type = Type::text, .nullable = true},
     // The record's name today (the network's reference data only, never a person).
     {.name = "entity_name", .type = Type::text, .nullable = true}}};

}  // namespace

void add_audit_routes(api::Api& api, db::Pool& pool) {
  api.add_schema(kAuditEntryFields, fields::Purpose::record);
  api.add_schema("AuditEntryPage", fields::page_schema("AuditEntry"));
  api.add(api::Route{"GET", "/api/v1/audit", auth::Permission::read_audit,
                     [&pool](api::Context& ctx) -> Result<http::Response> {
                       auto query = TRY(api::list_query(ctx.request));
                       std::string action = TRY(api::choice_param(ctx.request, kAuditFilterFields.field("action")));
                       std::string entity = TRY(api::choice_param(ctx.request, kAuditFilterFields.field("entity")));
                       auto c = TRY(pool.acquire());
                       auto body = TRY(list_json(*c, {query.page, query.per_page, action, entity}));
                       auto response = api::json_response(nullptr);
                       response.body = std::move(body);
                       return response;
                     },
                     "Page through the audit log (newest first)"}
              .with_schemas("", "AuditEntryPage")
              .with_query({&api::kListQueryFields, &kAuditFilterFields}));
}

}  // namespace filet::audit
