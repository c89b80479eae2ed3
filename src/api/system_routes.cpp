#include "api/system_routes.hpp"

#include <sodium.h>

#include <boost/json.hpp>

#include "api/responses.hpp"
#include "common/fields_schema.hpp"
#include "db/health.hpp"
#include "http/router.hpp"

namespace filet::api {
namespace {

std::string_view permission_text(auth::Permission p) {
  switch (p) {
    case auth::Permission::anyone:
      return "Public.";
    case auth::Permission::signed_in:
      return "Any signed-in account.";
    case auth::Permission::read_reference:
      return "Any signed-in account.";
    case auth::Permission::manage_reference:
      return "Admins only.";
    case auth::Permission::update_organization:
      return "Admins, or managers of this organization.";
    case auth::Permission::manage_users:
      return "Admins only.";
    case auth::Permission::read_audit:
      return "Admins only.";
    case auth::Permission::edit_directory:
      return "Admins; managers of the owning organization; coordinators of a program it belongs to.";
    case auth::Permission::manage_directory_data:
      return "Admins only.";
    case auth::Permission::manage_reference_lists:
      return "Admins only.";
    case auth::Permission::read_journal:
      return "Practitioners and managers (their organization); coordinators and evaluators (their programs' "
             "organizations, de-identified). Not admins as such.";
    case auth::Permission::record_journal:
      return "Practitioners and managers (own entries for 7 days after their date; managers always).";
    case auth::Permission::export_journal:
      return "Managers (their organization).";
  }
  return "";
}

boost::json::object content(const std::string& schema) {
  return {{"application/json", {{"schema", {{"$ref", "#/components/schemas/" + schema}}}}}};
}

boost::json::object operation(const Route& route) {
  boost::json::array parameters;
  for (const auto& segment : http::split_path(route.pattern)) {
    if (segment.front() != '{') continue;
    parameters.push_back({{"name", segment.substr(1, segment.size() - 2)},
                          {"in", "path"},
                          {"required", true},
                          {"schema", {{"type", "string"}, {"format", "uuid"}}}});
  }
  // The query parameters the route declares it reads (Route::query), each a described field.
  for (const fields::Description* described : route.query)
    for (const fields::Field& field : described->fields) parameters.push_back(fields::query_parameter(field));
  std::string ok = route.success_status                                           ? std::to_string(route.success_status)
                   : route.method == "POST" && route.pattern != "/api/v1/session" ? "201"
                   : route.method == "DELETE"                                     ? "204"
                                                                                  : "200";
  boost::json::object success{{"description", "Success"}};
  if (!route.response_schema.empty()) success["content"] = content(route.response_schema);
  boost::json::object responses{{ok, std::move(success)}};
  for (const char* code : {"400", "401", "403", "404", "422"})
    responses[code] = {{"$ref", std::string("#/components/responses/Error")}};
  boost::json::object op{{"summary", route.summary},
                         {"description", permission_text(route.permission)},
                         {"operationId", route.method + " " + route.pattern},
                         {"parameters", std::move(parameters)},
                         {"responses", std::move(responses)}};
  if (route.permission != auth::Permission::anyone) op["security"] = {{{"session", boost::json::array{}}}};
  if (!route.request_schema.empty())
    op["requestBody"] = {{"required", true}, {"content", content(route.request_schema)}};
  else if (route.method == "POST" || route.method == "PATCH")
    op["requestBody"] = {{"required", false}, {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}};
  return op;
}

}  // namespace

boost::json::object openapi_document(const Api& api) {
  boost::json::object paths;
  for (const Route& route : api.routes()) {
    std::string method = route.method;
    for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    boost::json::value& path = paths[route.pattern];
    if (!path.is_object()) path.emplace_object();
    path.as_object()[method] = operation(route);
  }
  boost::json::object schemas;
  for (const auto& [name, schema] : api.schemas()) schemas[name] = schema;
  schemas["Error"] = boost::json::object{{"type", "object"},
                                         {"properties",
                                          {{"error",
                                            {{"type", "object"},
                                             {"properties",
                                              {{"code", {{"type", "string"}}},
                                               {"message_fr", {{"type", "string"}}},
                                               {"message_en", {{"type", "string"}}},
                                               {"fields", {{"type", "array"}, {"items", {{"type", "object"}}}}}}}}},
                                           {"request_id", {{"type", "string"}}}}}};
  schemas["Error"].as_object()["required"] = {"error", "request_id"};
  return {{"openapi", "3.0.3"},
          {"info", {{"title", "Filet API"}, {"version", FILET_VERSION}}},
          {"paths", std::move(paths)},
          {"components",
           {{"securitySchemes", {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "filet_session"}}}}},
            {"schemas", std::move(schemas)},
            {"responses",
             {{"Error",
               {{"description", "Error with a stable code and French and English messages"},
                {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}}}}}}}};
}

namespace {

bool loopback(std::string_view address) {
  return address.starts_with("127.") || address == "::1" || address.starts_with("::ffff:127.");
}

// Metrics tell how the server is used: only the machine itself, or whoever has the token.
bool may_read_metrics(const http::Request& request, const std::string& token) {
  if (loopback(request.remote_address)) return true;
  if (token.empty()) return false;
  auto given = request.header("authorization");
  std::string expected = "Bearer " + token;
  return given && given->size() == expected.size() &&
         sodium_memcmp(given->data(), expected.data(), expected.size()) == 0;
}

}  // namespace

void add_system_routes(Api& api, db::Pool& pool, const http::Metrics& metrics, std::string metrics_token) {
  api.add({"GET", "/healthz", auth::Permission::anyone,
           [&pool](Context&) -> Result<http::Response> {
             auto c = TRY(pool.acquire(std::chrono::seconds(2)));
             TRY_VOID(db::check_answers(*c));
             return json_response({{"status", "ok"}});
           },
           "Liveness and database check"});
  api.add({"GET", "/metrics", auth::Permission::anyone,
           [&pool, &metrics, metrics_token](Context& ctx) -> Result<http::Response> {
             if (!may_read_metrics(ctx.request, metrics_token)) return fail(ErrorCode::forbidden);
             http::Response response;
             response.content_type = "text/plain; version=0.0.4; charset=utf-8";
             metrics.render(response.body);
             auto s = pool.stats();
             response.body += "# TYPE filet_db_pool_connections gauge\n";
             response.body += "filet_db_pool_connections{state=\"open\"} " + std::to_string(s.open) + "\n";
             response.body += "filet_db_pool_connections{state=\"in_use\"} " + std::to_string(s.in_use) + "\n";
             response.body += "filet_db_pool_size " + std::to_string(s.size) + "\n";
             response.body += "# TYPE filet_db_pool_waits_total counter\n";
             response.body += "filet_db_pool_waits_total " + std::to_string(s.waits) + "\n";
             response.body += "# TYPE filet_db_pool_replaced_total counter\n";
             response.body += "filet_db_pool_replaced_total " + std::to_string(s.replaced) + "\n";
             return response;
           },
           "Prometheus metrics (loopback, or Authorization: Bearer with --metrics-token)"});
  api.add({"GET", "/api/v1/openapi.json", auth::Permission::anyone,
           [&api](Context&) -> Result<http::Response> { return json_response(openapi_document(api)); },
           "This OpenAPI document"});
}

}  // namespace filet::api
