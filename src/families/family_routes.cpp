#include "families/family_routes.hpp"

#include "api/resource.hpp"
#include "families/family_code.hpp"
#include "families/family_fields.hpp"
#include "families/family_repository.hpp"

namespace filet::families {
namespace {

using auth::Permission;
using fields::Type;

constexpr std::string_view kDays[] = {"14", "30", "60", "90"};
constexpr std::string_view kWhose[] = {"mine", "all"};
const fields::Description kWithoutContactQuery{
    "FamiliesWithoutContactQuery",
    {{.name = "days", .type = Type::choice, .label = {"jours sans contact", "days without contact"}, .choices = kDays},
     {.name = "whose", .type = Type::choice, .label = {"familles de qui", "whose families"}, .choices = kWhose}}};

Result<FamilySearch> search_of(const api::Context& ctx) {
  FamilySearch s;
  s.filter.status = TRY(api::choice_param(ctx.request, kFamilyFilterFields.field("status")));
  s.filter.territory_id = TRY(api::id_query_param(ctx.request, "territory_id"));
  s.filter.worker_id = TRY(api::id_query_param(ctx.request, "worker_id"));
  s.filter.vulnerability_factor = TRY(api::search_text_param(ctx.request, "vulnerability_factor"));
  auto code = TRY(api::search_text_param(ctx.request, "code"));
  if (!code.empty()) {
    auto normalized = normalize_family_code(code);
    if (!normalized) return fail(Error::field(ErrorCode::bad_query, "code", FieldCode::invalid_format, "BOTA-27"));
    s.filter.code = *normalized;
  }
  s.name = TRY(api::search_text_param(ctx.request, "name"));
  return s;
}

}  // namespace

void add_family_routes(api::Api& api, FamilyService& families, IdentityService& identities, EntryService& entries) {
  api.add_schema(kIdentityFields, fields::Purpose::record);
  api.add_schema(kTimelineFields, fields::Purpose::record);
  // Before the resource, so that its {id} route does not take this address.
  api.add(api::Route{"GET", "/api/v1/families/without-contact", Permission::record_families,
                     [&families](api::Context& ctx) -> Result<http::Response> {
                       auto query = TRY(api::list_query(ctx.request));
                       auto days = TRY(api::choice_param(ctx.request, kWithoutContactQuery.field("days")));
                       auto whose = TRY(api::choice_param(ctx.request, kWithoutContactQuery.field("whose")));
                       auto page = TRY(families.without_contact(ctx.scope, days.empty() ? 30 : std::stoll(days),
                                                                whose == "all" ? "" : ctx.principal->user_id, query));
                       return api::json_response(api::page_json(page, query));
                     },
                     "Families not closed with no contact for 30 days (or `days`), the asker's own by default"}
              .with_schemas("", "FamilyPage")
              .with_query({&api::kListQueryFields, &kWithoutContactQuery}));
  api::add_resource<Family, FamilyChanges>(
      api, {.path = "/api/v1/families",
            .sorts = family_repository::kSorts,
            .fields = kFamilyFields,
            .filters = &kFamilyFilterFields,
            .list = {Permission::read_families, "List families (de-identified outside their organization)"},
            .get = {Permission::record_families, "Read a family"},
            .create = {Permission::record_families, "Record a family (Filet makes its code)"},
            .update = {Permission::record_families, "Change a family"},
            .list_records = [&families](api::Context& ctx, const db::ListQuery& query) -> Result<db::Page<Family>> {
              return families.list(ctx.scope, query, TRY(search_of(ctx)));
            },
            .get_record = [&families](api::Context& ctx, const std::string& id) { return families.get(ctx.scope, id); },
            .decode = decode_family,
            .create_record =
                [&families](api::Context& ctx, const FamilyChanges& changes) {
                  return families.create(ctx.actor(), *ctx.principal, ctx.scope, changes);
                },
            .update_record =
                [&families](api::Context& ctx, const std::string& id, const FamilyChanges& changes) {
                  return families.update(ctx.actor(), ctx.scope, id, changes);
                }});
  api.add(api::Route{"GET", "/api/v1/families/{id}/identity", Permission::record_families,
                     [&identities](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       return api::json_response(to_json(TRY(identities.read(ctx.actor(), ctx.scope, id))));
                     },
                     "Read a family's identity (audited)"}
              .with_schemas("", "FamilyIdentity"));
  api.add(api::Route{"PUT", "/api/v1/families/{id}/identity", Permission::record_families,
                     [&identities](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto changes = TRY(decode_identity(TRY(api::body(ctx))));
                       return api::json_response(to_json(TRY(identities.record(ctx.actor(), ctx.scope, id, changes))));
                     },
                     "Record or change a family's identity (sealed; audited)"}
              .with_schemas("FamilyIdentity", "FamilyIdentity", 200));
  api.add(api::Route{"GET", "/api/v1/families/{id}/timeline", Permission::record_families,
                     [&entries](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       return api::json_response(to_json(TRY(entries.timeline(ctx.scope, id))));
                     },
                     "A family's contacts, needs, consents and check-ins in date order"}
              .with_schemas("", "FamilyTimeline"));
}

}  // namespace filet::families
