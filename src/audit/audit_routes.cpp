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

boost::json::value nullable(const std::string& s) {
  if (s.empty()) return nullptr;
  return boost::json::string(s);
}
}  // namespace

boost::json::object to_json(const Entry& e) {
  return {{"id", e.id},
          {"at", e.at},
          {"user_id", nullable(e.user_id)},
          {"user_email", nullable(e.user_email)},
          {"action", e.action},
          {"entity", e.entity},
          {"entity_id", nullable(e.entity_id)},
          {"organization_id", nullable(e.organization_id)},
          {"request_id", nullable(e.request_id)},
          {"entity_name", nullable(e.entity_name)}};
}

void add_audit_routes(api::Api& api, db::Pool& pool) {
  api.add({"GET", "/api/v1/audit", auth::Permission::read_audit,
           [&pool](api::Context& ctx) -> Result<http::Response> {
             auto query = TRY(api::list_query(ctx.request, kSorts));
             Filter filter{TRY(api::choice_param(ctx.request, "action", kActions)),
                           TRY(api::choice_param(ctx.request, "entity", kEntities))};
             auto c = TRY(pool.acquire());
             return api::json_response(api::page_json(TRY(list(*c, query, filter)), query));
           },
           "Page through the audit log (newest first)"});
}

}  // namespace filet::audit
