#include "directory/hsds_routes.hpp"

#include <boost/json.hpp>

#include "api/responses.hpp"
#include "common/clock.hpp"
#include "common/text.hpp"
#include "directory/hsds_encode.hpp"
#include "directory/hsds_export.hpp"
#include "directory/search.hpp"
#include "directory/service_repository.hpp"

namespace filet::directory {
namespace json = boost::json;
namespace {

constexpr std::string_view kLangs[] = {"fr", "en"};
constexpr std::string_view kFormats[] = {"json", "ndjson"};

struct Paging {
  int64_t page = 1, per_page = 50;
};

Result<Paging> paging(const http::Request& request) {
  auto list = TRY(api::list_query(request));
  return Paging{list.page, list.per_page};
}

// HSDS's Page envelope around `contents`.
http::Response page_response(json::array contents, int64_t total, const Paging& p) {
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
Result<db::Where> service_filters(db::Connection& c, const http::Request& request) {
  db::Where where;
  match_words(where, c.engine(), search_words(TRY(api::search_text_param(request, "search"))));
  std::string term = TRY(api::id_query_param(request, "taxonomy_term_id"));
  if (!term.empty()) where.add("s.id IN (SELECT service_id FROM service_needs WHERE term_id = ?)", {term});
  std::string taxonomy = TRY(api::id_query_param(request, "taxonomy_id"));
  if (!taxonomy.empty())
    where.add(
        "s.id IN (SELECT sn.service_id FROM service_needs sn JOIN taxonomy_terms t ON t.id = sn.term_id "
        "WHERE t.taxonomy_id = ?)",
        {taxonomy});
  std::string organization = TRY(api::id_query_param(request, "organization_id"));
  if (!organization.empty()) where.add("s.organization_id = ?", {organization});
  if (auto after = request.query_param("modified_after"); after && !after->empty()) {
    if (after->size() < 10 || !clock::is_date(after->substr(0, 10)))
      return fail(
          Error::field(ErrorCode::bad_query, "modified_after", FieldCode::invalid_format, "2026-01-31T00:00:00Z"));
    where.add("s.updated_at > ?", {std::string(*after)});
  }
  return where;
}

Result<http::Response> list_services(db::Pool& pool, const http::Request& request) {
  auto p = TRY(paging(request));
  std::string lang = TRY(api::choice_param(request, "lang", kLangs));
  bool ndjson = TRY(api::choice_param(request, "format", kFormats)) == "ndjson";
  auto c = TRY(pool.acquire());
  auto snapshot = TRY(db::Transaction::begin_read(*c));
  auto where = TRY(service_filters(*c, request));
  auto context = TRY(hsds_context(*c, lang.empty() ? "fr" : lang));
  std::vector<std::string> ids;
  std::string limit = ndjson ? "" : " LIMIT ? OFFSET ?";
  // With ?search=, best match first, ranked like the practitioner search; otherwise by id.
  auto [score, params] = score_expression(search_words(TRY(api::search_text_param(request, "search"))));
  for (const auto& v : where.params()) params.push_back(v);
  if (!ndjson) params.insert(params.end(), {p.per_page, (p.page - 1) * p.per_page});
  std::string order = score == "0" ? " ORDER BY s.id" : " ORDER BY score DESC, s.name_key, s.id";
  TRY_VOID(c->each("SELECT s.id, " + score + " AS score FROM services s" + where.sql() + order + limit, params,
                   [&](db::Row& r) {
                     ids.push_back(r.text(0));
                     return true;
                   }));
  if (ndjson) {
    TRY_VOID(snapshot.commit());
    http::Response response;
    response.content_type = "application/x-ndjson; charset=utf-8";
    response.stream = TRY(services_stream(pool, std::move(ids), lang.empty() ? "fr" : lang, StreamFormat::ndjson));
    return response;
  }
  auto total = TRY(c->query("SELECT COUNT(*) FROM services s" + where.sql(), where.params()));
  json::array contents;
  for (const auto& s : TRY(service_repository::load(*c, ids))) contents.push_back(hsds_service(s, context));
  return page_response(std::move(contents), total.front().integer(0), p);
}

}  // namespace

void add_hsds_routes(api::Api& api, db::Pool& pool, core::OrganizationService& organizations, bool is_public) {
  auto permission = is_public ? auth::Permission::anyone : auth::Permission::read_reference;
  api.add({"GET", "/api/hsds", permission,
           [](api::Context&) -> Result<http::Response> {
             return api::json_response({{"version", "3.1"},
                                        {"profile", "https://docs.openreferral.org/en/latest/hsds/"},
                                        {"openapi_url", "/api/v1/openapi.json"}});
           },
           "HSDS API: version and profile"});
  api.add({"GET", "/api/hsds/services", permission,
           [&pool](api::Context& ctx) { return list_services(pool, ctx.request); }, "HSDS services (Page)"});
  api.add({"GET", "/api/hsds/services/{id}", permission,
           [&pool](api::Context& ctx) -> Result<http::Response> {
             std::string lang = TRY(api::choice_param(ctx.request, "lang", kLangs));
             auto c = TRY(pool.acquire());
             auto s = TRY(service_repository::find(*c, TRY(api::id_param(ctx))));
             auto context = TRY(hsds_context(*c, lang.empty() ? "fr" : lang));
             return api::json_response(hsds_service(s, context));
           },
           "An HSDS service"});
  api.add({"GET", "/api/hsds/organizations", permission,
           [&organizations](api::Context& ctx) -> Result<http::Response> {
             auto p = TRY(paging(ctx.request));
             core::ListQuery query;
             query.page = p.page;
             query.per_page = p.per_page;
             query.q = text::fold(TRY(api::search_text_param(ctx.request, "search")));
             auto page = TRY(organizations.list(query, {}));
             json::array contents;
             for (const auto& o : page.items) contents.push_back(hsds_organization(o));
             return page_response(std::move(contents), page.total, p);
           },
           "HSDS organizations (Page)"});
  api.add({"GET", "/api/hsds/organizations/{id}", permission,
           [&organizations](api::Context& ctx) -> Result<http::Response> {
             auto o = TRY(organizations.get(TRY(api::id_param(ctx))));
             return api::json_response(hsds_organization(o));
           },
           "An HSDS organization"});
  api.add({"GET", "/api/hsds/service_at_locations", permission,
           [&pool](api::Context& ctx) -> Result<http::Response> {
             auto p = TRY(paging(ctx.request));
             auto c = TRY(pool.acquire());
             auto context = TRY(hsds_context(*c, "fr"));
             auto total = TRY(c->query("SELECT COUNT(*) FROM service_at_locations"));
             std::vector<std::pair<std::string, std::string>> rows;
             TRY_VOID(c->each("SELECT id, service_id FROM service_at_locations ORDER BY id LIMIT ? OFFSET ?",
                              {p.per_page, (p.page - 1) * p.per_page}, [&](db::Row& r) {
                                rows.emplace_back(r.text(0), r.text(1));
                                return true;
                              }));
             json::array contents;
             for (const auto& [sal_id, service_id] : rows) {
               auto s = TRY(service_repository::find(*c, service_id));
               for (const auto& l : s.locations)
                 if (l.service_at_location_id == sal_id) contents.push_back(hsds_service_at_location(s, l, context));
             }
             return page_response(std::move(contents), total.front().integer(0), p);
           },
           "HSDS services at locations (Page)"});
  api.add({"GET", "/api/hsds/service_at_locations/{id}", permission,
           [&pool](api::Context& ctx) -> Result<http::Response> {
             auto id = TRY(api::id_param(ctx));
             auto c = TRY(pool.acquire());
             auto row = TRY(db::query_one(*c, "SELECT service_id FROM service_at_locations WHERE id = ?", {id}));
             auto s = TRY(service_repository::find(*c, row.text(0)));
             auto context = TRY(hsds_context(*c, "fr"));
             for (const auto& l : s.locations)
               if (l.service_at_location_id == id) return api::json_response(hsds_service_at_location(s, l, context));
             return fail(ErrorCode::not_found);
           },
           "An HSDS service at a location"});
  api.add({"GET", "/api/hsds/taxonomies", permission,
           [&pool](api::Context& ctx) -> Result<http::Response> {
             auto p = TRY(paging(ctx.request));
             auto c = TRY(pool.acquire());
             auto total = TRY(c->query("SELECT COUNT(*) FROM taxonomies"));
             json::array contents;
             TRY_VOID(c->each("SELECT id, name, description, uri, version FROM taxonomies ORDER BY id LIMIT ? OFFSET ?",
                              {p.per_page, (p.page - 1) * p.per_page}, [&](db::Row& r) {
                                json::object t{{"id", r.text(0)}, {"name", r.text(1)}, {"description", r.text(2)}};
                                if (!r.is_null(3)) t["uri"] = r.text(3);
                                if (!r.is_null(4)) t["version"] = r.text(4);
                                contents.push_back(std::move(t));
                                return true;
                              }));
             return page_response(std::move(contents), total.front().integer(0), p);
           },
           "HSDS taxonomies (Page)"});
  api.add({"GET", "/api/hsds/taxonomy_terms", permission,
           [&pool](api::Context& ctx) -> Result<http::Response> {
             auto p = TRY(paging(ctx.request));
             std::string lang = TRY(api::choice_param(ctx.request, "lang", kLangs));
             std::string taxonomy = TRY(api::id_query_param(ctx.request, "taxonomy_id"));
             auto c = TRY(pool.acquire());
             auto context = TRY(hsds_context(*c, lang.empty() ? "fr" : lang));
             std::vector<const NeedTerm*> matching;
             for (const auto& [id, term] : context.terms)
               if (taxonomy.empty() || term.taxonomy_id == taxonomy) matching.push_back(&term);
             json::array contents;
             for (size_t i = (p.page - 1) * p.per_page; i < matching.size() && contents.size() < size_t(p.per_page);
                  ++i)
               contents.push_back(hsds_taxonomy_term(*matching[i], context));
             return page_response(std::move(contents), static_cast<int64_t>(matching.size()), p);
           },
           "HSDS taxonomy terms (Page)"});
}

}  // namespace filet::directory
