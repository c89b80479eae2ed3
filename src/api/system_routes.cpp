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
    case auth::Permission::keep_incident_register:
      return "Admins (every organization's incidents); managers (their organizations' incidents).";
    case auth::Permission::read_journal:
      return "Practitioners and managers (their organization); coordinators and evaluators (their programs' "
             "organizations, de-identified). Not admins as such.";
    case auth::Permission::record_journal:
      return "Practitioners and managers (own entries for 7 days after their date; managers always).";
    case auth::Permission::export_journal:
      return "Managers (their organization).";
    case auth::Permission::read_families:
      return "Practitioners and managers (their organization, identified); coordinators and evaluators (their "
             "programs' organizations, de-identified lists). Not admins nor facilitators.";
    case auth::Permission::record_families:
      return "Practitioners and managers of the family's organization (own entries for 7 days; managers always).";
    case auth::Permission::manage_families:
      return "Managers (their organization's families).";
    case auth::Permission::build_questionnaires:
      return "Managers (their organization); coordinators and evaluators (their programs' organizations).";
    case auth::Permission::work_groups:
      return "Coordinators and managers (plan); evaluators (read); facilitators (the groups they facilitate).";
  }
  return "";
}

boost::json::object content(const std::string& schema) {
  return {{"application/json", {{"schema", {{"$ref", "#/components/schemas/" + schema}}}}}};
}

// `sort`, with the list's own keys as its choices, each ascending and descending ("-name").
boost::json::object sort_parameter(const fields::Field& field, std::span<const db::SortKey> sorts) {
  boost::json::array keys;
  for (const auto& key : sorts) keys.emplace_back(key.name);
  for (const auto& key : sorts) keys.emplace_back("-" + std::string(key.name));
  return {{"name", field.name},
          {"in", "query"},
          {"description", "sort / tri: a key, \"-\" first for descending"},
          {"schema", {{"type", "string"}, {"enum", std::move(keys)}}}};
}

// The error statuses a route may answer besides 500 and 503 (the `default` response): what its
// path, query, body and permission can fail on.
std::vector<const char*> error_statuses(const Route& route, bool has_parameters) {
  bool has_body = route.method == "POST" || route.method == "PATCH" || route.method == "PUT";
  bool signs_in = route.pattern.starts_with("/api/v1/session");
  std::vector<const char*> out;
  if (has_parameters || has_body) out.push_back("400");  // bad_id, bad_query, malformed_json
  if (route.permission != auth::Permission::anyone || signs_in) out.push_back("401");
  if (route.permission != auth::Permission::anyone || has_body) out.push_back("403");  // permission, CSRF
  if (route.pattern.find('{') != std::string::npos) out.push_back("404");
  if (route.method == "POST" && route.conflict_schema.empty()) out.push_back("409");  // a duplicate
  if (has_body) {
    out.push_back("413");
    out.push_back("415");
    out.push_back("422");
  }
  if (signs_in && route.method == "POST") out.push_back("429");
  return out;
}

// One field's error in an error body: the catalog's field codes.
boost::json::object field_error_schema() {
  boost::json::array codes;
  for (size_t i = 0; i <= static_cast<size_t>(kLastFieldCode); ++i)
    codes.emplace_back(field_code_name(static_cast<FieldCode>(i)));
  boost::json::object text{{"type", "string"}};
  return {{"type", "object"},
          {"properties",
           {{"field", text},
            {"code", {{"type", "string"}, {"enum", std::move(codes)}}},
            {"message_fr", text},
            {"message_en", text}}},
          {"required", {"field", "code", "message_fr", "message_en"}},
          {"additionalProperties", false}};
}

// The body of every error (http/error_response.cpp), strict: the catalog's codes, field errors,
// and, for a version conflict only, `current`: the record as it is now.
boost::json::object error_schema(std::string_view only_code, std::string_view current_record) {
  boost::json::array codes;
  for (size_t i = 0; i <= static_cast<size_t>(kLastErrorCode); ++i) {
    auto code = static_cast<ErrorCode>(i);
    // version_conflict has its own body, with the record: only updates answer it.
    if (only_code.empty() ? code != ErrorCode::version_conflict : only_code == error_info(code).code)
      codes.emplace_back(error_info(code).code);
  }
  boost::json::object text{{"type", "string"}};
  boost::json::object properties{
      {"code", {{"type", "string"}, {"enum", std::move(codes)}}},
      {"message_fr", text},
      {"message_en", text},
      {"fields", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/FieldError"}}}}}};
  boost::json::array required{"code", "message_fr", "message_en", "fields"};
  if (!current_record.empty()) {
    properties["current"] = {{"$ref", "#/components/schemas/" + std::string(current_record)}};
    required.emplace_back("current");
  }
  return {{"type", "object"},
          {"properties",
           {{"error",
             {{"type", "object"},
              {"properties", std::move(properties)},
              {"required", std::move(required)},
              {"additionalProperties", false}}},
            {"request_id", text}}},
          {"required", {"error", "request_id"}},
          {"additionalProperties", false}};
}

boost::json::object operation(const Route& route) {
  boost::json::array parameters;
  for (const auto& segment : http::split_path(route.pattern)) {
    if (segment.front() != '{') continue;
    std::string name = segment.substr(1, segment.size() - 2);
    // Ids are UUIDs; other path parameters are codes (a reference list's key, an entry's code).
    boost::json::object schema{{"type", "string"}};
    if (name == "id" || name.ends_with("_id")) schema["format"] = "uuid";
    parameters.push_back({{"name", name}, {"in", "path"}, {"required", true}, {"schema", std::move(schema)}});
  }
  // The query parameters the route declares it reads (Route::query), each a described field.
  for (const fields::Description* described : route.query)
    for (const fields::Field& field : described->fields) {
      if (described == &kListQueryFields && field.name == "sort") {
        if (!route.sorts.empty()) parameters.push_back(sort_parameter(field, route.sorts));
        continue;
      }
      parameters.push_back(fields::query_parameter(field));
    }
  std::string ok = route.success_status                                           ? std::to_string(route.success_status)
                   : route.method == "POST" && route.pattern != "/api/v1/session" ? "201"
                   : route.method == "DELETE"                                     ? "204"
                                                                                  : "200";
  boost::json::object success{{"description", "Success"}};
  if (!route.response_schema.empty()) success["content"] = content(route.response_schema);
  boost::json::object responses{{ok, std::move(success)}};
  for (const char* code : error_statuses(route, !parameters.empty()))
    responses[code] = {{"$ref", std::string("#/components/responses/Error")}};
  if (!route.conflict_schema.empty()) {
    boost::json::array either{
        boost::json::object{{"$ref", "#/components/schemas/" + route.conflict_schema + "Conflict"}},
        boost::json::object{{"$ref", "#/components/schemas/Error"}}};
    responses["409"] = {
        {"description",
         "version_conflict: the record changed since the version named, error.current is the record as it is now; "
         "or another error (conflict: a duplicate)"},
        {"content", {{"application/json", {{"schema", {{"anyOf", std::move(either)}}}}}}}};
  }
  responses["default"] = {{"$ref", std::string("#/components/responses/Error")}};  // 500, 503
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
  schemas["FieldError"] = field_error_schema();
  schemas["Error"] = error_schema("", "");
  for (const Route& route : api.routes())
    if (!route.conflict_schema.empty())
      schemas[route.conflict_schema + "Conflict"] = error_schema("version_conflict", route.conflict_schema);
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
  api.add_schema("Health", {{"type", "object"},
                            {"properties", {{"status", {{"type", "string"}, {"enum", boost::json::array{"ok"}}}}}},
                            {"required", boost::json::array{"status"}},
                            {"additionalProperties", false}});
  // The document describes itself only as an object: its shape is OpenAPI 3.0's.
  api.add_schema("OpenApiDocument", {{"type", "object"}, {"description", "An OpenAPI 3.0 document"}});
  api.add(Route{"GET", "/healthz", auth::Permission::anyone,
                [&pool](Context&) -> Result<http::Response> {
                  auto c = TRY(pool.acquire(std::chrono::seconds(2)));
                  TRY_VOID(db::check_answers(*c));
                  return json_response({{"status", "ok"}});
                },
                "Liveness and database check"}
              .with_schemas("", "Health"));
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
  api.add(Route{"GET", "/api/v1/openapi.json", auth::Permission::anyone,
                [&api](Context&) -> Result<http::Response> { return json_response(openapi_document(api)); },
                "This OpenAPI document"}
              .with_schemas("", "OpenApiDocument"));
}

}  // namespace filet::api
