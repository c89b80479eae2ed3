// The evaluation view (issue 9, item 6): coordinators and evaluators read the contacts and
// check-ins of their programs' organizations de-identified (no family code, note, what was
// tried, worker or identity), only of families consenting to evaluation data; the
// organization's own practitioners and managers read theirs the same way.
#include <boost/json.hpp>

#include "api/resource.hpp"
#include "common/fields_schema.hpp"
#include "families/entry_repository.hpp"
#include "families/family_routes.hpp"

namespace filet::families {
namespace {

using auth::Permission;
using fields::Access;
using fields::Type;

const fields::Description kDeidentifiedContactFields{
    "DeidentifiedFamilyContact",
    {fields::kId,
     {.name = "organization_id", .type = Type::id, .access = Access::read_only},
     {.name = "family_id", .type = Type::id, .access = Access::read_only},
     {.name = "contact_date", .type = Type::date, .access = Access::read_only},
     {.name = "mode", .type = Type::text, .access = Access::read_only},
     {.name = "initiated_by", .type = Type::choice, .choices = kInitiators, .access = Access::read_only},
     {.name = "duration_minutes",
      .type = Type::integer,
      .low = 0,
      .high = 1440,
      .nullable = true,
      .access = Access::read_only},
     {.name = "need_ids", .type = Type::id_list, .access = Access::read_only},
     {.name = "elements", .type = Type::text_list, .access = Access::read_only},
     {.name = "obstacles", .type = Type::text_list, .access = Access::read_only}}};

const fields::Description kDeidentifiedCheckInFields{
    "DeidentifiedFamilyCheckIn",
    {fields::kId,
     {.name = "organization_id", .type = Type::id, .access = Access::read_only},
     {.name = "family_id", .type = Type::id, .access = Access::read_only},
     {.name = "check_date", .type = Type::date, .access = Access::read_only},
     {.name = "trust_link", .type = Type::integer, .low = 1, .high = 4, .access = Access::read_only},
     {.name = "confidence", .type = Type::integer, .low = 1, .high = 4, .access = Access::read_only},
     {.name = "informed", .type = Type::integer, .low = 1, .high = 4, .access = Access::read_only},
     {.name = "resource_use", .type = Type::integer, .low = 1, .high = 4, .access = Access::read_only}}};

const fields::Description kEvaluationQuery{
    "FamilyEvaluationQuery",
    {{.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}},
     {.name = "from", .type = Type::date, .label = {"du", "from"}},
     {.name = "to", .type = Type::date, .label = {"au", "to"}}}};

boost::json::array strings(const std::vector<std::string>& values) {
  boost::json::array out;
  for (const auto& v : values) out.emplace_back(v);
  return out;
}

boost::json::object deidentified(const Contact& e) {
  boost::json::value duration = nullptr;
  if (e.duration_minutes) duration = *e.duration_minutes;
  return {{"id", e.id},
          {"organization_id", e.organization_id},
          {"family_id", e.family_id},
          {"contact_date", e.contact_date},
          {"mode", e.mode},
          {"initiated_by", e.initiated_by},
          {"duration_minutes", duration},
          {"need_ids", strings(e.need_ids)},
          {"elements", strings(e.elements)},
          {"obstacles", strings(e.obstacles)}};
}

boost::json::object deidentified(const CheckIn& e) {
  return {{"id", e.id},
          {"organization_id", e.organization_id},
          {"family_id", e.family_id},
          {"check_date", e.check_date},
          {"trust_link", e.trust_link},
          {"confidence", e.confidence},
          {"informed", e.informed},
          {"resource_use", e.resource_use}};
}

Result<EvaluationFilter> filter_of(const api::Context& ctx) {
  return EvaluationFilter{TRY(api::id_query_param(ctx.request, "organization_id")),
                          TRY(api::date_query_param(ctx.request, "from")),
                          TRY(api::date_query_param(ctx.request, "to"))};
}

template <class Entry>
http::Response page_of(const db::Page<Entry>& page, const db::ListQuery& query) {
  boost::json::array items;
  for (const auto& e : page.items) items.push_back(deidentified(e));
  return api::json_response(api::page_envelope(std::move(items), page.total, query));
}

}  // namespace

void add_evaluation_routes(api::Api& api, EntryService& entries) {
  for (const auto* d : {&kDeidentifiedContactFields, &kDeidentifiedCheckInFields}) {
    api.add_schema(*d, fields::Purpose::record);
    api.add_schema(std::string(d->schema) + "Page", fields::page_schema(d->schema));
  }
  api.add(api::Route{"GET", "/api/v1/family-evaluation/contacts", Permission::read_families,
                     [&entries](api::Context& ctx) -> Result<http::Response> {
                       auto query = TRY(api::list_query(ctx.request, entry_repository::kContactSorts));
                       return page_of(TRY(entries.contacts_deidentified(ctx.scope, query, TRY(filter_of(ctx)))), query);
                     },
                     "Contacts of families, de-identified (evaluation: families consenting to it)"}
              .with_schemas("", "DeidentifiedFamilyContactPage")
              .with_query({&api::kListQueryFields, &kEvaluationQuery})
              .with_sorts(entry_repository::kContactSorts));
  api.add(api::Route{"GET", "/api/v1/family-evaluation/check-ins", Permission::read_families,
                     [&entries](api::Context& ctx) -> Result<http::Response> {
                       auto query = TRY(api::list_query(ctx.request, entry_repository::kCheckInSorts));
                       return page_of(TRY(entries.check_ins_deidentified(ctx.scope, query, TRY(filter_of(ctx)))),
                                      query);
                     },
                     "Outcome check-ins of families, de-identified (evaluation: families consenting to it)"}
              .with_schemas("", "DeidentifiedFamilyCheckInPage")
              .with_query({&api::kListQueryFields, &kEvaluationQuery})
              .with_sorts(entry_repository::kCheckInSorts));
}

}  // namespace filet::families
