#include "directory/hsds_routes.hpp"

#include <boost/json.hpp>

#include "api/responses.hpp"
#include "common/clock.hpp"
#include "common/text.hpp"
#include "directory/hsds_encode.hpp"
#include "directory/hsds_export.hpp"
#include "directory/hsds_repository.hpp"
#include "directory/search.hpp"
#include "directory/service_repository.hpp"

namespace filet::directory {
namespace json = boost::json;
namespace {

constexpr std::string_view kLangs[] = {"fr", "en"};
constexpr std::string_view kFormats[] = {"json", "ndjson"};

// HSDS's Page envelope around `contents` (the standard's own, not Filet's).
http::Response page_response(json::array contents, int64_t total, const db::ListQuery& p) {
  int64_t pages = total == 0 ? 0 : (total + p.per_page - 1) / p.per_page;
  return api::json_response({{"total_items", total},
                             {"total_pages", pages},
                             {"page_number", p.page},
                             {"size", static_cast<int64_t>(contents.size())},
                             {"first_page", p.page == 1},
                             {"last_page", p.page >= pages},
                             {"empty", contents.empty()},
                             {"contents", std::move(contents)}});
}

// The filters of /services, combined with AND as the standard requires.
Result<hsds_repository::ServiceFilter> service_filter(const http::Request& request) {
  hsds_repository::ServiceFilter filter;
  filter.words = search_words(TRY(api::search_text_param(request, "search")));
  filter.taxonomy_term_id = TRY(api::id_query_param(request, "taxonomy_term_id"));
  filter.taxonomy_id = TRY(api::id_query_param(request, "taxonomy_id"));
  filter.organization_id = TRY(api::id_query_param(request, "organization_id"));
  if (auto after = request.query_param("modified_after"); after && !after->empty()) {
    if (after->size() < 10 || !clock::is_date(after->substr(0, 10)))
      return fail(
          Error::field(ErrorCode::bad_query, "modified_after", FieldCode::invalid_format, "2026-01-31T00:00:00Z"));
    filter.modified_after = std::string(*after);
  }
  return filter;
}

Result<http::Response> list_services(db::Pool& pool, const http::Request& request) {
  auto p = TRY(api::list_query(request));
  std::string lang = TRY(api::choice_param(request, "lang", kLangs));
  bool ndjson = TRY(api::choice_param(request, "format", kFormats)) == "ndjson";
  auto filter = TRY(service_filter(request));
  auto c = TRY(pool.acquire());
  auto snapshot = TRY(db::Transaction::begin_read(*c));
  auto context = TRY(hsds_context(*c, lang.empty() ? "fr" : lang));
  if (ndjson) {
    auto ids = TRY(hsds_repository::service_ids(*c, filter));
    TRY_VOID(snapshot.commit());
    http::Response response;
    response.content_type = "application/x-ndjson; charset=utf-8";
    response.stream = TRY(services_stream(pool, std::move(ids), lang.empty() ? "fr" : lang, StreamFormat::ndjson));
    return response;
  }
  auto page = TRY(hsds_repository::service_page(*c, filter, p));
  json::array contents;
  for (const auto& s : TRY(service_repository::load(*c, page.items))) contents.push_back(hsds_service(s, context));
  return page_response(std::move(contents), page.total, p);
}

// The HSDS API's own documents. Its objects (service, organization, service_at_location,
// taxonomy, taxonomy_term) are HSDS 3.1's: `HsdsObject` leaves their shape to the standard's
// schemas (tests/hsds validates the answers against them); the envelope and the root are
// described here, strictly.
constexpr auto RO = fields::Access::read_only;
constexpr fields::Field count(std::string_view name) {
  return {.name = name, .type = fields::Type::integer, .high = INT64_MAX, .access = RO};
}
const fields::Description kHsdsPageFields{
    "HsdsPage",
    {count("total_items"),
     count("total_pages"),
     count("page_number"),
     count("size"),
     {.name = "first_page", .type = fields::Type::boolean, .access = RO},
     {.name = "last_page", .type = fields::Type::boolean, .access = RO},
     {.name = "empty", .type = fields::Type::boolean, .access = RO},
     {.name = "contents", .type = fields::Type::any_object_list, .max_items = 200, .access = RO}}};
const fields::Description kHsdsRootFields{"HsdsRoot",
                                          {{.name = "version", .max = 10, .access = RO},
                                           {.name = "profile", .max = 300, .access = RO},
                                           {.name = "openapi_url", .max = 300, .access = RO}}};

// The query parameters of the HSDS lists (page and per_page come from kListQueryFields' reader
// but HSDS names its search `search`).
const fields::Description kHsdsPagingFields{
    "HsdsPaging",
    {{.name = "page", .type = fields::Type::integer, .low = 1, .high = 1000000},
     {.name = "per_page", .type = fields::Type::integer, .low = 1, .high = 200}}};
const fields::Description kHsdsLangFields{"HsdsLang",
                                          {{.name = "lang", .type = fields::Type::choice, .choices = kLangs}}};
const fields::Description kHsdsServiceQueryFields{
    "HsdsServiceQuery",
    {{.name = "search", .max = 200},
     {.name = "taxonomy_term_id", .type = fields::Type::id},
     {.name = "taxonomy_id", .type = fields::Type::id},
     {.name = "organization_id", .type = fields::Type::id},
     {.name = "modified_after", .max = 40},
     {.name = "format", .type = fields::Type::choice, .choices = kFormats}}};
const fields::Description kHsdsSearchFields{"HsdsSearch", {{.name = "search", .max = 200}}};
const fields::Description kHsdsTaxonomyFields{"HsdsTaxonomyQuery", {{.name = "taxonomy_id", .type = fields::Type::id}}};

}  // namespace

void add_hsds_routes(api::Api& api, db::Pool& pool, core::OrganizationService& organizations, bool is_public) {
  auto permission = is_public ? auth::Permission::anyone : auth::Permission::read_reference;
  for (const auto* record : {&kHsdsPageFields, &kHsdsRootFields}) api.add_schema(*record, fields::Purpose::record);
  api.add_schema("HsdsObject", {{"type", "object"},
                                {"description", "An HSDS 3.1 object; its schema is the standard's (schema/*.json)"}});
  api.add(api::Route{"GET", "/api/hsds", permission,
                     [](api::Context&) -> Result<http::Response> {
                       return api::json_response({{"version", "3.1"},
                                                  {"profile", "https://docs.openreferral.org/en/latest/hsds/"},
                                                  {"openapi_url", "/api/v1/openapi.json"}});
                     },
                     "HSDS API: version and profile"}
              .with_schemas("", "HsdsRoot"));
  api.add(api::Route{"GET", "/api/hsds/services", permission,
                     [&pool](api::Context& ctx) { return list_services(pool, ctx.request); }, "HSDS services (Page)"}
              .with_query({&kHsdsPagingFields, &kHsdsServiceQueryFields, &kHsdsLangFields})
              .with_schemas("", "HsdsPage"));
  api.add(api::Route{"GET", "/api/hsds/services/{id}", permission,
                     [&pool](api::Context& ctx) -> Result<http::Response> {
                       std::string lang = TRY(api::choice_param(ctx.request, "lang", kLangs));
                       auto c = TRY(pool.acquire());
                       auto s = TRY(service_repository::find(*c, TRY(api::id_param(ctx))));
                       auto context = TRY(hsds_context(*c, lang.empty() ? "fr" : lang));
                       return api::json_response(hsds_service(s, context));
                     },
                     "An HSDS service"}
              .with_query({&kHsdsLangFields})
              .with_schemas("", "HsdsObject"));
  api.add(api::Route{"GET", "/api/hsds/organizations", permission,
                     [&organizations](api::Context& ctx) -> Result<http::Response> {
                       auto p = TRY(api::list_query(ctx.request));
                       p.q = text::fold(TRY(api::search_text_param(ctx.request, "search")));
                       auto page = TRY(organizations.list(p, {}));
                       json::array contents;
                       for (const auto& o : page.items) contents.push_back(hsds_organization(o));
                       return page_response(std::move(contents), page.total, p);
                     },
                     "HSDS organizations (Page)"}
              .with_query({&kHsdsPagingFields, &kHsdsSearchFields})
              .with_schemas("", "HsdsPage"));
  api.add(api::Route{"GET", "/api/hsds/organizations/{id}", permission,
                     [&organizations](api::Context& ctx) -> Result<http::Response> {
                       auto o = TRY(organizations.get(TRY(api::id_param(ctx))));
                       return api::json_response(hsds_organization(o));
                     },
                     "An HSDS organization"}
              .with_schemas("", "HsdsObject"));
  api.add(api::Route{"GET", "/api/hsds/service_at_locations", permission,
                     [&pool](api::Context& ctx) -> Result<http::Response> {
                       auto p = TRY(api::list_query(ctx.request));
                       auto c = TRY(pool.acquire());
                       auto context = TRY(hsds_context(*c, "fr"));
                       auto page = TRY(hsds_repository::service_at_locations(*c, p));
                       json::array contents;
                       for (const auto& [sal_id, service_id] : page.items) {
                         auto s = TRY(service_repository::find(*c, service_id));
                         for (const auto& l : s.locations)
                           if (l.service_at_location_id == sal_id)
                             contents.push_back(hsds_service_at_location(s, l, context));
                       }
                       return page_response(std::move(contents), page.total, p);
                     },
                     "HSDS services at locations (Page)"}
              .with_query({&kHsdsPagingFields})
              .with_schemas("", "HsdsPage"));
  api.add(api::Route{"GET", "/api/hsds/service_at_locations/{id}", permission,
                     [&pool](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto c = TRY(pool.acquire());
                       auto s = TRY(
                           service_repository::find(*c, TRY(hsds_repository::service_of_service_at_location(*c, id))));
                       auto context = TRY(hsds_context(*c, "fr"));
                       for (const auto& l : s.locations)
                         if (l.service_at_location_id == id)
                           return api::json_response(hsds_service_at_location(s, l, context));
                       return fail(ErrorCode::not_found);
                     },
                     "An HSDS service at a location"}
              .with_schemas("", "HsdsObject"));
  api.add(api::Route{"GET", "/api/hsds/taxonomies", permission,
                     [&pool](api::Context& ctx) -> Result<http::Response> {
                       auto p = TRY(api::list_query(ctx.request));
                       auto c = TRY(pool.acquire());
                       auto page = TRY(hsds_repository::taxonomies(*c, p));
                       json::array contents(page.items.begin(), page.items.end());
                       return page_response(std::move(contents), page.total, p);
                     },
                     "HSDS taxonomies (Page)"}
              .with_query({&kHsdsPagingFields})
              .with_schemas("", "HsdsPage"));
  api.add(api::Route{"GET", "/api/hsds/taxonomy_terms", permission,
                     [&pool](api::Context& ctx) -> Result<http::Response> {
                       auto p = TRY(api::list_query(ctx.request));
                       std::string lang = TRY(api::choice_param(ctx.request, "lang", kLangs));
                       std::string taxonomy = TRY(api::id_query_param(ctx.request, "taxonomy_id"));
                       auto c = TRY(pool.acquire());
                       auto context = TRY(hsds_context(*c, lang.empty() ? "fr" : lang));
                       std::vector<const NeedTerm*> matching;
                       for (const auto& [id, term] : context.terms)
                         if (taxonomy.empty() || term.taxonomy_id == taxonomy) matching.push_back(&term);
                       json::array contents;
                       for (size_t i = p.offset(); i < matching.size() && contents.size() < size_t(p.per_page); ++i)
                         contents.push_back(hsds_taxonomy_term(*matching[i], context));
                       return page_response(std::move(contents), static_cast<int64_t>(matching.size()), p);
                     },
                     "HSDS taxonomy terms (Page)"}
              .with_query({&kHsdsPagingFields, &kHsdsTaxonomyFields, &kHsdsLangFields})
              .with_schemas("", "HsdsPage"));
}

}  // namespace filet::directory
