#include "audit/audit_routes.hpp"

#include <limits>

#include "api/responses.hpp"
#include "audit/audit_log.hpp"
#include "export/export_stream.hpp"

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
                                         "recovery_codes_renewed",
                                         "retire",
                                         "restore",
                                         "export",
                                         "destroy",
                                         "destroy_retention"};
constexpr std::string_view kEntities[] = {"territory",
                                          "organization",
                                          "program",
                                          "user",
                                          "session",
                                          "service",
                                          "public_service_pages",
                                          "postal_areas",
                                          "reference_entry",
                                          "confidentiality_incident",
                                          "outreach_entry",
                                          "networking_entry",
                                          "family",
                                          "family_identity",
                                          "family_consent",
                                          "family_contact",
                                          "family_check_in",
                                          "family_retention",
                                          "questionnaire",
                                          "survey_campaign",
                                          "survey_invitations",
                                          "referral",
                                          "service_gap",
                                          "group_program",
                                          "group",
                                          "group_participant",
                                          "group_family_link",
                                          "group_session",
                                          "group_attendance",
                                          "group_logbook",
                                          "group_minutes",
                                          "group_compensation",
                                          "group_program_material",
                                          "key_partner",
                                          "referral_agreement"};

using fields::Type;

const fields::Description kAuditFilterFields{"AuditFilter",
                                             {{.name = "action", .type = Type::choice, .choices = kActions},
                                              {.name = "entity", .type = Type::choice, .choices = kEntities}}};

// One entry as list_json writes it.
const fields::Description kAuditEntryFields{
    "AuditEntry",
    {{.name = "id", .type = Type::text, .access = fields::Access::read_only},  // a sequence number, as text
     {.name = "at", .type = Type::timestamp},
     {.name = "user_id", .type = Type::id, .nullable = true},
     {.name = "user_email", .type = Type::text, .max = 254, .nullable = true},
     {.name = "action", .type = Type::choice, .choices = kActions},
     {.name = "entity", .type = Type::choice, .choices = kEntities},
     {.name = "entity_id", .type = Type::text, .nullable = true},
     {.name = "organization_id", .type = Type::id, .nullable = true},
     {.name = "request_id", .type = Type::text, .nullable = true},
     // The record's name today (the network's reference data only, never a person).
     {.name = "entity_name", .type = Type::text, .nullable = true}}};

constexpr std::string_view kFormats[] = {"csv", "xlsx"};
constexpr std::string_view kLanguages[] = {"fr", "en"};
const fields::Description kAuditExportFields{"AuditExport",
                                             {{.name = "format", .type = Type::choice, .choices = kFormats},
                                              {.name = "lang", .type = Type::choice, .choices = kLanguages}}};
constexpr int64_t kExportBatch = 1000;

std::vector<exports::Column> export_columns(exports::Language language) {
  bool fr = language == exports::Language::fr;
  return {{fr ? "Date et heure (UTC)" : "Date and time (UTC)", 22},
          {fr ? "Compte" : "Account", 28},
          {"Action", 18},
          {fr ? "Type de fiche" : "Record type", 16},
          {fr ? "Fiche" : "Record", 38},
          {fr ? "Nom de la fiche" : "Record name", 30},
          {fr ? "Organisation" : "Organization", 38},
          {fr ? "Requête" : "Request", 34}};
}

// The log, newest first, a batch per chunk; a connection is held only while a batch is read.
exports::RowSource export_rows(db::Pool& pool, Filter filter) {
  auto before = std::make_shared<int64_t>(std::numeric_limits<int64_t>::max());
  return [&pool, filter, before](exports::TableWriter& writer) -> Result<bool> {
    std::vector<Entry> entries;
    {
      auto c = TRY(pool.acquire());
      entries = TRY(entries_before(*c, filter, *before, kExportBatch));
    }
    for (auto& e : entries) {
      TRY_VOID(writer.row({exports::Date{e.at}, std::move(e.user_email), std::move(e.action), std::move(e.entity),
                           std::move(e.entity_id), std::move(e.entity_name), std::move(e.organization_id),
                           std::move(e.request_id)}));
    }
    if (!entries.empty()) *before = std::stoll(entries.back().id);  // ids are whole numbers
    return entries.size() == static_cast<size_t>(kExportBatch);
  };
}

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
  api.add_schema(kAuditEntryFields, fields::Purpose::record);
  api.add_schema("AuditEntryPage", fields::page_schema("AuditEntry"));
  api.add(api::Route{"GET", "/api/v1/audit", auth::Permission::read_audit,
                     [&pool](api::Context& ctx) -> Result<http::Response> {
                       auto query = TRY(api::list_query(ctx.request, kSorts));
                       Filter filter{TRY(api::choice_param(ctx.request, kAuditFilterFields.field("action"))),
                                     TRY(api::choice_param(ctx.request, kAuditFilterFields.field("entity")))};
                       auto c = TRY(pool.acquire());
                       return api::json_response(api::page_json(TRY(list(*c, query, filter)), query));
                     },
                     "Page through the audit log (newest first)"}
              .with_schemas("", "AuditEntryPage")
              .with_query({&api::kListQueryFields, &kAuditFilterFields})
              .with_sorts(kSorts));
  api.add(api::Route{"GET", "/api/v1/audit/export", auth::Permission::read_audit,
                     [&pool](api::Context& ctx) -> Result<http::Response> {
                       std::string format = TRY(api::choice_param(ctx.request, kAuditExportFields.field("format")));
                       std::string lang = TRY(api::choice_param(ctx.request, kAuditExportFields.field("lang")));
                       std::string action = TRY(api::choice_param(ctx.request, kAuditFilterFields.field("action")));
                       std::string entity = TRY(api::choice_param(ctx.request, kAuditFilterFields.field("entity")));
                       auto language = lang == "en" ? exports::Language::en : exports::Language::fr;
                       auto writer = TRY(exports::open_writer(
                           format == "xlsx" ? exports::Format::xlsx : exports::Format::csv, language,
                           export_columns(language), language == exports::Language::fr ? "Journal" : "Audit log"));
                       auto stream = std::make_shared<exports::ExportStream>(std::move(writer),
                                                                             export_rows(pool, Filter{action, entity}));
                       http::Response response;
                       response.content_type = std::string(stream->writer().content_type());
                       response.set_header("Content-Disposition", "attachment; filename=\"filet-journal-audit." +
                                                                      std::string(stream->writer().extension()) + "\"");
                       response.stream = [stream](std::string& chunk) { return stream->next(chunk); };
                       return response;
                     },
                     "Download the audit log (newest first) as CSV or XLSX: format=csv|xlsx, lang=fr|en"}
              .with_query({&kAuditExportFields, &kAuditFilterFields}));
}

}  // namespace filet::audit
