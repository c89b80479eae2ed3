#include "directory/directory_routes.hpp"

#include <array>
#include <charconv>

#include "api/responses.hpp"
#include "common/text.hpp"
#include "core/json_output.hpp"
#include "directory/directory_json.hpp"
#include "directory/hsds_encode.hpp"
#include "directory/hsds_export.hpp"
#include "directory/hsds_import.hpp"
#include "directory/service_body.hpp"
#include "directory/service_fields.hpp"
#include "directory/service_repository.hpp"

namespace filet::directory {
namespace {

using auth::Permission;
constexpr std::string_view kLangs[] = {"fr", "en"};
constexpr std::string_view kBooleans[] = {"true", "false"};

const fields::Description kLangFields{"Lang", {{.name = "lang", .type = fields::Type::choice, .choices = kLangs}}};

// The directory search's own query parameters, besides the list's (page, per_page, q).
const fields::Description kSearchFields{
    "DirectorySearch",
    {{.name = "need", .type = fields::Type::text, .max = 64},  // a need's code (taxonomy)
     {.name = "territory_id", .type = fields::Type::id},
     {.name = "language", .type = fields::Type::text, .max = 3},  // ISO 639
     {.name = "age", .type = fields::Type::integer, .label = {"âge", "age"}, .low = 0, .high = 120},
     {.name = "free", .type = fields::Type::choice, .choices = kBooleans},
     {.name = "open_on", .type = fields::Type::choice, .choices = kWeekdays},
     {.name = "near", .type = fields::Type::text, .label = {"code postal", "postal code"}, .max = 7}}};

// The import's query parameters.
const fields::Description kImportFields{
    "DirectoryImport",
    {{.name = "strict", .type = fields::Type::choice, .choices = kBooleans},
     {.name = "allow_reassign", .type = fields::Type::choice, .choices = kBooleans}}};

Result<std::string> lang_param(const http::Request& request) {
  std::string lang = TRY(api::choice_param(request, kLangFields.field("lang")));
  return lang.empty() ? std::string("fr") : lang;
}

Result<SearchRequest> search_request(const http::Request& request) {
  auto list = TRY(api::list_query(request));
  SearchRequest r;
  r.page = list.page;
  r.per_page = list.per_page;
  r.q = TRY(api::search_text_param(request, "q"));
  r.need_code = std::string(request.query_param("need").value_or(""));
  r.territory_id = TRY(api::id_query_param(request, "territory_id"));
  r.language = std::string(request.query_param("language").value_or(""));
  if (r.language.size() > kSearchFields.field("language").max)
    return fail(Error::field(ErrorCode::bad_query, "language", FieldCode::invalid_format, "fr, en…"));
  if (auto age = request.query_param("age"); age && !age->empty()) {
    int64_t value = -1;
    auto [ptr, ec] = std::from_chars(age->data(), age->data() + age->size(), value);
    if (ec != std::errc{} || ptr != age->data() + age->size())
      return fail(Error::field(ErrorCode::bad_query, "age", FieldCode::wrong_type, "integer"));
    const auto& age_field = kSearchFields.field("age");
    if (value < age_field.low || value > age_field.high)
      return fail(Error::field(ErrorCode::bad_query, "age", FieldCode::out_of_range,
                               std::to_string(age_field.low) + "–" + std::to_string(age_field.high)));
    r.age = value;
  }
  std::string free = TRY(api::choice_param(request, kSearchFields.field("free")));
  r.free_only = free == "true";
  std::string day = TRY(api::choice_param(request, kSearchFields.field("open_on")));
  if (!day.empty())
    r.weekday =
        static_cast<int>(std::find(std::begin(kWeekdays), std::end(kWeekdays), day) - std::begin(kWeekdays)) + 1;
  r.near_postal_code = std::string(request.query_param("near").value_or(""));
  return r;
}

// The import's report (ImportReport::to_json): counts, the records refused with the field and
// why, and the changes of another organization's data made only with allow_reassign.
const fields::Description kImportRejectionFields{
    "ImportRejection",
    {{.name = "index", .type = fields::Type::integer, .high = INT64_MAX, .access = fields::Access::read_only},
     {.name = "id", .access = fields::Access::read_only},
     {.name = "field", .access = fields::Access::read_only},
     {.name = "reason_fr", .max = 2000, .access = fields::Access::read_only},
     {.name = "reason_en", .max = 2000, .access = fields::Access::read_only},
     {.name = "source", .nullable = true, .access = fields::Access::read_only}}};
constexpr std::string_view kReassignedKinds[] = {"service", "location"};
const fields::Description kReassignmentFields{
    "Reassignment",
    {{.name = "kind", .type = fields::Type::choice, .choices = kReassignedKinds, .access = fields::Access::read_only},
     fields::kId,
     {.name = "from_organization_id", .type = fields::Type::id, .access = fields::Access::read_only},
     {.name = "to_organization_id", .type = fields::Type::id, .access = fields::Access::read_only}}};
constexpr fields::Field count(std::string_view name) {
  return {.name = name, .type = fields::Type::integer, .high = INT64_MAX, .access = fields::Access::read_only};
}
const fields::Description kImportReportFields{"ImportReport",
                                              {count("imported"),
                                               count("updated"),
                                               count("organizations_imported"),
                                               {.name = "rejected",
                                                .type = fields::Type::object_list,
                                                .access = fields::Access::read_only,
                                                .nested = &kImportRejectionFields},
                                               {.name = "reassigned",
                                                .type = fields::Type::object_list,
                                                .access = fields::Access::read_only,
                                                .nested = &kReassignmentFields}}};

// The response schemas of the directory's routes (the records come from service_fields.cpp).
void add_directory_schemas(api::Api& api) {
  api.add_schema("ServiceCreate", fields::object_schema(kServiceFields, fields::Purpose::create));
  api.add_schema("ServiceUpdate", fields::object_schema(kServiceFields, fields::Purpose::update));
  for (const auto* record : {&kServiceFields, &kServiceSummaryFields, &kNeedFields, &kImportReportFields})
    api.add_schema(*record, fields::Purpose::record);
  api.add_schema("NeedList",
                 {{"type", "object"},
                  {"properties", {{"items", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Need"}}}}}}},
                  {"required", boost::json::array{"items"}},
                  {"additionalProperties", false}});
  api.add_schema("ServiceSummaryPage", fields::page_schema("ServiceSummary"));
  // A search page also says how the query was corrected for spelling (null: as typed).
  auto search = fields::page_schema("ServiceSummary");
  search["properties"].as_object()["corrected_query"] = {{"type", "string"}, {"nullable", true}};
  search["required"].as_array().emplace_back("corrected_query");
  api.add_schema("DirectorySearchPage", std::move(search));
}

}  // namespace

void add_directory_routes(api::Api& api, DirectoryService& service, db::Pool& pool) {
  add_directory_schemas(api);
  api.add(api::Route{"GET", "/api/v1/directory/needs", Permission::read_reference,
                     [&service](api::Context&) -> Result<http::Response> {
                       boost::json::array items;
                       for (const auto& t : TRY(service.needs())) items.push_back(need_json(t));
                       return api::json_response({{"items", std::move(items)}});
                     },
                     "The need taxonomy"}
              .with_schemas("", "NeedList"));
  api.add(api::Route{"GET", "/api/v1/directory/search", Permission::read_reference,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto request = TRY(search_request(ctx.request));
                       std::string lang = TRY(lang_param(ctx.request));
                       auto result = TRY(service.search(request));
                       boost::json::array items;
                       for (size_t i = 0; i < result.services.size(); ++i)
                         items.push_back(summary_json(result.services[i], lang, result.hits.items[i].distance_km));
                       boost::json::value corrected = nullptr;
                       if (result.corrected_query) corrected = boost::json::string(*result.corrected_query);
                       auto body = api::page_envelope(std::move(items), result.hits.total,
                                                      db::ListQuery{request.page, request.per_page});
                       body["corrected_query"] = std::move(corrected);
                       return api::json_response(body);
                     },
                     "Search the directory"}
              .with_query({&api::kListQueryFields, &kSearchFields, &kLangFields})
              .with_schemas("", "DirectorySearchPage"));
  api.add(api::Route{"GET", "/api/v1/directory/stale", Permission::read_reference,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto query = TRY(api::list_query(ctx.request, service_repository::kStaleSorts));
                       std::string lang = TRY(lang_param(ctx.request));
                       auto page = TRY(service.stale(ctx.scope, query));
                       boost::json::array items;
                       for (const auto& s : page.items) items.push_back(summary_json(s, lang, std::nullopt));
                       return api::json_response(api::page_envelope(std::move(items), page.total, query));
                     },
                     "Services not verified for 12 months"}
              .with_query({&api::kListQueryFields, &kLangFields})
              .with_sorts(service_repository::kStaleSorts)
              .with_schemas("", "ServiceSummaryPage"));
  api.add(api::Route{"GET", "/api/v1/directory/services/{id}", Permission::read_reference,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto s = TRY(service.get(TRY(api::id_param(ctx))));
                       bool can_edit = auth::may_edit_service(ctx.scope, s.organization_id);
                       return api::json_response(service_json(s, TRY(lang_param(ctx.request)), can_edit));
                     },
                     "Read a service"}
              .with_query({&kLangFields})
              .with_schemas("", "Service"));
  api.add(api::Route{"POST", "/api/v1/directory/services", Permission::edit_directory,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto changes = TRY(decode_service(TRY(api::body(ctx)), true));
                       auto s = TRY(service.create(ctx.actor(), ctx.scope, changes));
                       return api::json_response(service_json(s, TRY(lang_param(ctx.request)), true), 201);
                     },
                     "Create a service"}
              .with_schemas("ServiceCreate", "Service")
              .with_query({&kLangFields}));
  api.add(api::Route{"PATCH", "/api/v1/directory/services/{id}", Permission::edit_directory,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto body = TRY(api::body(ctx));
                       auto version = TRY(api::take_version(body));
                       auto changes = TRY(decode_service(body, false));
                       changes.version = version;
                       auto s = TRY(service.update(ctx.actor(), ctx.scope, id, changes));
                       return api::json_response(service_json(s, TRY(lang_param(ctx.request)), true));
                     },
                     "Change a service"}
              .with_schemas("ServiceUpdate", "Service")
              .with_version_conflict("Service")
              .with_query({&kLangFields}));
  api.add(api::Route{"POST", "/api/v1/directory/services/{id}/verification", Permission::edit_directory,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto s = TRY(service.verify(ctx.actor(), *ctx.principal, ctx.scope, TRY(api::id_param(ctx))));
                       return api::json_response(service_json(s, TRY(lang_param(ctx.request)), true));
                     },
                     "Mark a service as verified now"}
              .with_query({&kLangFields})
              .with_schemas("", "Service", 200));
  api.add({"GET", "/api/v1/directory/export", Permission::manage_directory_data,
           [&pool](api::Context& ctx) -> Result<http::Response> {
             std::vector<std::string> ids;
             {
               auto c = TRY(pool.acquire());
               ids = TRY(service_repository::all_ids(*c));
             }
             http::Response response;
             response.stream =
                 TRY(services_stream(pool, std::move(ids), TRY(lang_param(ctx.request)), StreamFormat::json_array));
             response.set_header("Content-Disposition", "attachment; filename=\"filet-hsds-services.json\"");
             response.set_header("Cache-Control", "no-store");
             return response;
           },
           "Export the whole directory as HSDS 3.1 JSON"});
  api.add(api::Route{
      "POST", "/api/v1/directory/import", Permission::manage_directory_data,
      [&pool](api::Context& ctx) -> Result<http::Response> {
        std::string strict = TRY(api::choice_param(ctx.request, kImportFields.field("strict")));
        std::string reassign = TRY(api::choice_param(ctx.request, kImportFields.field("allow_reassign")));
        std::string lang = TRY(lang_param(ctx.request));
        if (!text::is_valid_utf8(ctx.request.body)) return fail(ErrorCode::invalid_utf8);
        boost::system::error_code ec;
        auto input = boost::json::parse(ctx.request.body, ec);
        if (ec) return fail(ErrorCode::malformed_json, ec.message());
        ImportOptions options{.strict = strict == "true", .lang = lang, .allow_reassign = reassign == "true"};
        auto report = TRY(import_hsds(pool, input, options, ctx.principal->email, ctx.request.request_id));
        return api::json_response(report.to_json());
      },
      "Import HSDS 3.1 JSON (services)"}
              .with_query({&kImportFields, &kLangFields})
              .with_schemas("", "ImportReport", 200)
              .with_body_limit(64 * 1024 * 1024)
              .on_worker_pool());
}

}  // namespace filet::directory
