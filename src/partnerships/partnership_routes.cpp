#include "partnerships/partnership_routes.hpp"

#include "api/attachment.hpp"
#include "api/resource.hpp"
#include "export/export_stream.hpp"
#include "partnerships/agreement_export.hpp"
#include "partnerships/agreement_fields.hpp"
#include "partnerships/key_partner_export.hpp"
#include "partnerships/key_partner_fields.hpp"

namespace filet::partnerships {
namespace {

using auth::Permission;

Requester requester(const api::Context& ctx) {
  return {*ctx.principal, ctx.scope, ctx.actor()};
}

Result<key_partner_repository::Filters> filters_of(const http::Request& request) {
  key_partner_repository::Filters f;
  f.organization_id = TRY(api::id_query_param(request, "organization_id"));
  f.from = TRY(api::date_query_param(request, "from"));
  f.to = TRY(api::date_query_param(request, "to"));
  return f;
}

Result<agreement_repository::Filters> agreement_filters_of(const http::Request& request) {
  agreement_repository::Filters f;
  f.organization_id = TRY(api::id_query_param(request, "organization_id"));
  f.status = TRY(api::choice_param(request, kAgreementFilters.field("status")));
  return f;
}

}  // namespace

void add_partnership_routes(api::Api& api, KeyPartnerService& key_partners, AgreementService& agreements) {
  // Each practitioner's and manager's own choices (the policy then gives the role they choose in).
  constexpr auto kKeep = Permission::record_journal;
  // The summary: whoever reads the journal, at the level the scope gives (aggregates outside the
  // organization, small counts hidden).
  constexpr auto kRead = Permission::read_journal;
  for (const auto* d : {&kKeyPartnerCount, &kKeyPartnerCategoryRow, &kKeyPartnerCriterionRow, &kKeyPartnerSummary})
    api.add_schema(*d, fields::Purpose::record);
  // Before the resource, so that /summary is not taken for an id.
  api.add(api::Route{"GET", "/api/v1/key-partners/summary", kRead,
                     [&key_partners](api::Context& ctx) -> Result<http::Response> {
                       auto from = TRY(api::date_query_param(ctx.request, "from"));
                       auto to = TRY(api::date_query_param(ctx.request, "to"));
                       return api::json_response(TRY(key_partners.summary(ctx.scope, from, to)));
                     },
                     "Key partners by category and by the chooser's role, and by seed 003's three criteria (small "
                     "counts suppressed outside the organization)"}
              .with_schemas("", "KeyPartnerSummary")
              .with_query({&kKeyPartnerSummaryQuery}));
  api.add(api::Route{
      "GET", "/api/v1/key-partners/summary/export", kRead,
      [&key_partners](api::Context& ctx) -> Result<http::Response> {
        auto from = TRY(api::date_query_param(ctx.request, "from"));
        auto to = TRY(api::date_query_param(ctx.request, "to"));
        auto format = TRY(api::choice_param(ctx.request, kKeyPartnerExportQuery.field("format")));
        auto lang = TRY(api::choice_param(ctx.request, kKeyPartnerExportQuery.field("lang")));
        auto language = lang == "en" ? exports::Language::en : exports::Language::fr;
        auto writer = TRY(exports::open_writer(
            format == "xlsx" ? exports::Format::xlsx : exports::Format::csv, language, summary_columns(language),
            language == exports::Language::fr ? "Partenaires clés" : "Key partners"));
        // The summary is small (a few categories and criteria): written whole first.
        TRY_VOID(key_partners.write_summary(ctx.scope, from, to, *writer, language));
        return api::attachment(std::make_shared<exports::ExportStream>(
                                   std::move(writer), [](exports::TableWriter&) -> Result<bool> { return false; }),
                               "partenaires-cles");
      },
      "Download the key partners summary as CSV or XLSX (the same suppression as the summary)"}
              .with_query({&kKeyPartnerSummaryQuery, &kKeyPartnerExportQuery}));
  api::add_resource<KeyPartner, KeyPartnerChanges>(
      api,
      {.path = "/api/v1/key-partners",
       .sorts = key_partner_repository::kSorts,
       .fields = kKeyPartnerFields,
       .filters = &kKeyPartnerFilters,
       .list = {kKeep, "List key partners: your own choices, and your organization's for its managers"},
       .get = {kKeep, "Read a key partner choice"},
       .create = {kKeep, "Choose a key partner (at most three per person and period)"},
       .update = {kKeep, "Change your key partner choice"},
       .list_records = [&key_partners](api::Context& ctx, const db::ListQuery& query) -> Result<db::Page<KeyPartner>> {
         return key_partners.list(requester(ctx), TRY(filters_of(ctx.request)), query);
       },
       .get_record = [&key_partners](api::Context& ctx,
                                     const std::string& id) { return key_partners.get(requester(ctx), id); },
       .decode = decode_key_partner,
       .create_record = [&key_partners](
                            api::Context& ctx,
                            const KeyPartnerChanges& changes) { return key_partners.create(requester(ctx), changes); },
       .update_record =
           [&key_partners](api::Context& ctx, const std::string& id, const KeyPartnerChanges& changes) {
             return key_partners.update(requester(ctx), id, changes);
           }});
  api.add(api::Route{"DELETE", "/api/v1/key-partners/{id}", kKeep,
                     [&key_partners](api::Context& ctx) -> Result<http::Response> {
                       TRY_VOID(key_partners.remove(requester(ctx), TRY(api::id_param(ctx))));
                       return api::no_content();
                     },
                     "Remove your key partner choice"});
  // Referral agreements: whoever reads either organization reads them; its managers (the policy
  // asks which) record and change them. The export before the resource, so that it is not taken
  // for an id.
  api.add(api::Route{
      "GET", "/api/v1/referral-agreements/export", kRead,
      [&agreements](api::Context& ctx) -> Result<http::Response> {
        auto filters = TRY(agreement_filters_of(ctx.request));
        auto format = TRY(api::choice_param(ctx.request, kKeyPartnerExportQuery.field("format")));
        auto lang = TRY(api::choice_param(ctx.request, kKeyPartnerExportQuery.field("lang")));
        auto language = lang == "en" ? exports::Language::en : exports::Language::fr;
        auto writer = TRY(exports::open_writer(
            format == "xlsx" ? exports::Format::xlsx : exports::Format::csv, language, agreement_columns(language),
            language == exports::Language::fr ? "Ententes de référencement" : "Referral agreements"));
        // Written whole first: an organization has a handful of agreements.
        TRY_VOID(agreements.write_export(requester(ctx), filters, *writer, language));
        return api::attachment(std::make_shared<exports::ExportStream>(
                                   std::move(writer), [](exports::TableWriter&) -> Result<bool> { return false; }),
                               language == exports::Language::fr ? "ententes-de-referencement" : "referral-agreements");
      },
      "Download the referral agreements you read (either side) as CSV or XLSX, with each side's "
      "contacts"}
              .with_query({&kAgreementFilters, &kKeyPartnerExportQuery}));
  api::add_resource<ReferralAgreement, AgreementChanges>(
      api, {.path = "/api/v1/referral-agreements",
            .sorts = agreement_repository::kSorts,
            .fields = kAgreementFields,
            .filters = &kAgreementFilters,
            .list = {kRead, "List the referral agreements of the organizations you read (either side)"},
            .get = {kRead, "Read a referral agreement"},
            .create = {kKeep, "Record a referral agreement with another organization (its managers or the other's)"},
            .update = {kKeep, "Change a referral agreement (the managers of either organization)"},
            .list_records = [&agreements](api::Context& ctx,
                                          const db::ListQuery& query) -> Result<db::Page<ReferralAgreement>> {
              return agreements.list(requester(ctx), TRY(agreement_filters_of(ctx.request)), query);
            },
            .get_record = [&agreements](api::Context& ctx,
                                        const std::string& id) { return agreements.get(requester(ctx), id); },
            .decode = decode_agreement,
            .create_record =
                [&agreements](api::Context& ctx, const AgreementChanges& changes) {
                  return agreements.create(requester(ctx), changes);
                },
            .update_record =
                [&agreements](api::Context& ctx, const std::string& id, const AgreementChanges& changes) {
                  return agreements.update(requester(ctx), id, changes);
                }});
}

}  // namespace filet::partnerships
