#include "partnerships/partnership_routes.hpp"

#include <functional>

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

// A small table written whole before the answer starts (a summary, an organization's handful of
// agreements), downloaded as CSV or XLSX in the language asked: `write` fills the writer.
using WriteTable = std::function<Result<void>(exports::TableWriter&, exports::Language)>;
Result<http::Response> table_download(const api::Context& ctx,
                                      std::vector<exports::Column> (*columns)(exports::Language), fields::Label sheet,
                                      fields::Label file, const WriteTable& write) {
  auto format = TRY(api::choice_param(ctx.request, kKeyPartnerExportQuery.field("format")));
  auto lang = TRY(api::choice_param(ctx.request, kKeyPartnerExportQuery.field("lang")));
  const auto language = lang == "en" ? exports::Language::en : exports::Language::fr;
  const bool fr = language == exports::Language::fr;
  auto writer = TRY(exports::open_writer(format == "xlsx" ? exports::Format::xlsx : exports::Format::csv, language,
                                         columns(language), fr ? sheet.fr : sheet.en));
  TRY_VOID(write(*writer, language));
  return api::attachment(std::make_shared<exports::ExportStream>(
                             std::move(writer), [](exports::TableWriter&) -> Result<bool> { return false; }),
                         fr ? file.fr : file.en);
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
  api.add(api::Route{"GET", "/api/v1/key-partners/summary/export", kRead,
                     [&key_partners](api::Context& ctx) -> Result<http::Response> {
                       auto from = TRY(api::date_query_param(ctx.request, "from"));
                       auto to = TRY(api::date_query_param(ctx.request, "to"));
                       return table_download(ctx, summary_columns, {"Partenaires clés", "Key partners"},
                                             {"partenaires-cles", "partenaires-cles"},
                                             [&](exports::TableWriter& writer, exports::Language language) {
                                               return key_partners.write_summary(ctx.scope, from, to, writer, language);
                                             });
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
  api.add(api::Route{"GET", "/api/v1/referral-agreements/export", kRead,
                     [&agreements](api::Context& ctx) -> Result<http::Response> {
                       auto filters = TRY(agreement_filters_of(ctx.request));
                       return table_download(
                           ctx, agreement_columns, {"Ententes de référencement", "Referral agreements"},
                           {"ententes-de-referencement", "referral-agreements"},
                           [&](exports::TableWriter& writer, exports::Language language) {
                             return agreements.write_export(requester(ctx), filters, writer, language);
                           });
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
