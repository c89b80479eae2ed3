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
                                         "recovery_codes_renewed",
                                         "retire",
                                         "restore"};
constexpr std::string_view kEntities[] = {
    "territory", "organization",         "program",      "user",           "session",
    "service",   "public_service_pages", "postal_areas", "reference_entry"};
}  // namespace

void add_audit_routes(api::Api& api, db::Pool& pool) {
  api.add({"GET", "/api/v1/audit", auth::Permission::read_audit,
           [&pool](api::Context& ctx) -> Result<http::Response> {
             auto query = TRY(api::list_query(ctx.request));
             std::string action = TRY(api::choice_param(ctx.request, "action", kActions));
             std::string entity = TRY(api::choice_param(ctx.request, "entity", kEntities));
             auto c = TRY(pool.acquire());
             auto body = TRY(list_json(*c, {query.page, query.per_page, action, entity}));
             auto response = api::json_response(nullptr);
             response.body = std::move(body);
             return response;
           },
           "Page through the audit log (newest first)"});
}

}  // namespace filet::audit
