#include "directory/service_fields.hpp"

#include "directory/service.hpp"

namespace filet::directory {
using fields::Field;
using fields::Format;
using fields::Type;

const fields::Description kScheduleFields{
    "ScheduleInput",
    {{.name = "byday", .type = Type::text, .required = true, .min = 2, .max = 40},  // MO,TU,…
     {.name = "opens_at", .type = Type::text, .required = true, .min = 5, .max = 5},
     {.name = "closes_at", .type = Type::text, .required = true, .min = 5, .max = 5},
     {.name = "description", .type = Type::text, .label = {"description", "description"}, .max = 300}}};

const fields::Description kPhoneFields{
    "PhoneInput",
    {{.name = "number", .type = Type::text, .required = true, .min = 7, .max = 40, .format = Format::phone},
     {.name = "extension", .type = Type::text, .max = 10},
     {.name = "description", .type = Type::text, .label = {"description", "description"}, .max = 200}}};

namespace {
constexpr auto RO = fields::Access::read_only;
constexpr auto WO = fields::Access::write_only;  // the body's form of what the record shows otherwise
constexpr size_t kLongText = 4000;
constexpr std::string_view kLangs[] = {"fr", "en"};
constexpr Field text_field(std::string_view name, bool nullable = false) {
  return {.name = name, .max = kLongText, .nullable = nullable, .access = RO};
}
}  // namespace

// Objects HSDS 3.1 defines (schema/schedule.json, phone.json, contact.json), kept as they came:
// open schemas listing the properties the web app reads; the HSDS schemas rule the rest.
const fields::Description kHsdsScheduleFields{
    "HsdsSchedule",
    {text_field("freq", true), text_field("byday", true), text_field("opens_at", true), text_field("closes_at", true),
     text_field("description", true)},
    fields::Shape::open};
const fields::Description kHsdsPhoneFields{
    "HsdsPhone",
    {{.name = "number", .required = true, .max = kLongText, .access = RO},
     {.name = "extension", .type = Type::text_or_number, .nullable = true, .access = RO},
     text_field("type", true),
     text_field("description", true)},
    fields::Shape::open};
const fields::Description kHsdsContactFields{
    "HsdsContact",
    {text_field("name", true), text_field("title", true), text_field("email", true)},
    fields::Shape::open};

const fields::Description kOrganizationRefFields{"OrganizationRef", {fields::kId, text_field("name")}};
const fields::Description kLanguageNameFields{"LanguageName", {text_field("code"), text_field("name")}};
const fields::Description kAddressFields{
    "ServiceAddress", {text_field("name"), text_field("address_1"), text_field("city"), text_field("postal_code")}};
const fields::Description kServiceNeedFields{
    "ServiceNeed", {fields::kId, text_field("code"), text_field("name_fr"), text_field("name_en")}};
const fields::Description kServiceLocationFields{
    "ServiceLocation",
    {fields::kId,
     text_field("name"),
     text_field("address_1"),
     text_field("city"),
     text_field("postal_code"),
     {.name = "latitude", .type = Type::number, .nullable = true, .access = RO},
     {.name = "longitude", .type = Type::number, .nullable = true, .access = RO}}};
const fields::Description kWaitingListFields{
    "WaitingList",
    {{.name = "status", .type = Type::choice, .choices = kWaitingListStatuses, .access = RO},
     {.name = "delay_days", .type = Type::integer, .low = 0, .high = 3650, .nullable = true, .access = RO},
     {.name = "as_of", .type = Type::timestamp, .nullable = true, .access = RO}}};

const fields::Description kServiceFields{
    "Service",
    {fields::kVersion,
     {.name = "organization_id",
      .type = Type::id,
      .label = {"organisme", "organization"},
      .required = true,
      .access = WO},
     {.name = "status", .type = Type::choice, .label = {"statut", "status"}, .choices = kServiceStatuses},
     {.name = "name_fr", .label = {"nom (français)", "name (French)"}, .required = true, .min = 2, .max = 200},
     {.name = "name_en", .label = {"nom (anglais)", "name (English)"}, .max = 200},
     {.name = "description_fr", .label = {"description (français)", "description (French)"}, .max = kLongText},
     {.name = "description_en", .label = {"description (anglais)", "description (English)"}, .max = kLongText},
     {.name = "eligibility_fr", .label = {"admissibilité (français)", "eligibility (French)"}, .max = kLongText},
     {.name = "eligibility_en", .label = {"admissibilité (anglais)", "eligibility (English)"}, .max = kLongText},
     {.name = "application_process_fr", .label = {"démarches (français)", "how to apply (French)"}, .max = kLongText},
     {.name = "application_process_en", .label = {"démarches (anglais)", "how to apply (English)"}, .max = kLongText},
     {.name = "fees_fr", .label = {"frais (français)", "fees (French)"}, .max = kLongText},
     {.name = "fees_en", .label = {"frais (anglais)", "fees (English)"}, .max = kLongText},
     {.name = "is_free", .type = Type::boolean, .label = {"gratuit", "free of charge"}},
     {.name = "minimum_age",
      .type = Type::integer,
      .label = {"âge minimum", "minimum age"},
      .low = 0,
      .high = 120,
      .nullable = true},
     {.name = "maximum_age",
      .type = Type::integer,
      .label = {"âge maximum", "maximum age"},
      .low = 0,
      .high = 120,
      .nullable = true},
     {.name = "url", .label = {"site web", "website"}, .max = 300, .format = Format::web_address, .nullable = true},
     {.name = "email", .label = {"courriel", "email"}, .max = 254, .format = Format::email, .nullable = true},
     {.name = "need_ids", .type = Type::id_list, .label = {"besoins", "needs"}, .access = WO},
     {.name = "language_codes",
      .type = Type::text_list,
      .label = {"langues", "languages"},
      .min = 2,
      .max = 3,
      .max_items = 40,
      .access = WO},
     {.name = "territory_ids", .type = Type::id_list, .label = {"territoires desservis", "territories served"}},
     {.name = "schedules",
      .type = Type::object_list,
      .label = {"heures d’ouverture", "opening hours"},
      .access = WO,
      .nested = &kScheduleFields},
     {.name = "phones",
      .type = Type::object_list,
      .label = {"téléphones", "phones"},
      .access = WO,
      .nested = &kPhoneFields},
     {.name = "waiting_list_status",
      .type = Type::choice,
      .label = {"liste d’attente", "waiting list"},
      .choices = kWaitingListStatuses,
      .access = WO},
     {.name = "waiting_list_delay_days",
      .type = Type::integer,
      .label = {"délai d’attente (jours)", "waiting time (days)"},
      .low = 0,
      .high = 3650,
      .access = WO},
     // The record as the API answers it (read-only): names and texts in the asked language, the
     // organization, needs and languages named, HSDS's own objects as they came.
     fields::kId,
     {.name = "organization", .type = Type::object, .access = RO, .nested = &kOrganizationRefFields},
     text_field("name"),
     text_field("description"),
     text_field("eligibility"),
     {.name = "needs", .type = Type::object_list, .access = RO, .nested = &kServiceNeedFields},
     {.name = "languages", .type = Type::object_list, .access = RO, .nested = &kLanguageNameFields},
     {.name = "schedules", .type = Type::any_object_list, .access = RO, .nested = &kHsdsScheduleFields},
     {.name = "locations", .type = Type::object_list, .access = RO, .nested = &kServiceLocationFields},
     {.name = "phones", .type = Type::any_object_list, .access = RO, .nested = &kHsdsPhoneFields},
     {.name = "contacts", .type = Type::any_object_list, .access = RO, .nested = &kHsdsContactFields},
     {.name = "required_documents", .type = Type::text_list, .max = kLongText, .access = RO},
     {.name = "waiting_list", .type = Type::object, .access = RO, .nested = &kWaitingListFields},
     {.name = "verified_at", .type = Type::timestamp, .nullable = true, .access = RO},
     {.name = "verified_by", .type = Type::text, .nullable = true, .access = RO},
     {.name = "can_edit", .type = Type::boolean, .access = RO},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

}  // namespace filet::directory

namespace filet::directory {

const fields::Description kNeedFields{"Need",
                                      {fields::kId,
                                       text_field("code"),
                                       {.name = "parent_id", .type = Type::id, .nullable = true, .access = RO},
                                       text_field("name_fr"),
                                       text_field("name_en"),
                                       text_field("description_fr"),
                                       text_field("description_en"),
                                       text_field("open_eligibility", true)}};

namespace {
const fields::Description kNeedNameFields{"NeedName", {text_field("code"), text_field("name")}};
// The first phone of a result, so it can be called from the list.
const fields::Description kFirstPhoneFields{
    "FirstPhone",
    {text_field("number"), {.name = "extension", .type = Type::text_or_number, .nullable = true, .access = RO}}};
}  // namespace

const fields::Description kServiceSummaryFields{
    "ServiceSummary",
    {fields::kId,
     text_field("name"),
     text_field("description"),
     {.name = "organization", .type = Type::object, .access = RO, .nested = &kOrganizationRefFields},
     {.name = "needs", .type = Type::object_list, .access = RO, .nested = &kNeedNameFields},
     {.name = "languages", .type = Type::text_list, .max = 3, .access = RO},
     {.name = "is_free", .type = Type::boolean, .access = RO},
     {.name = "waiting_list", .type = Type::object, .access = RO, .nested = &kWaitingListFields},
     {.name = "verified_at", .type = Type::timestamp, .nullable = true, .access = RO},
     {.name = "distance_km", .type = Type::number, .nullable = true, .access = RO},
     {.name = "phone", .type = Type::object, .nullable = true, .access = RO, .nested = &kFirstPhoneFields},
     {.name = "schedules", .type = Type::any_object_list, .access = RO, .nested = &kHsdsScheduleFields},
     {.name = "locations", .type = Type::object_list, .access = RO, .nested = &kAddressFields}}};

const fields::Description kPublicServiceFields{
    "PublicService",
    {fields::kId,
     {.name = "lang", .type = Type::choice, .choices = kLangs, .access = RO},
     {.name = "status", .type = Type::choice, .choices = kServiceStatuses, .access = RO},
     text_field("name"),
     text_field("organization"),
     text_field("description"),
     text_field("eligibility"),
     text_field("application_process"),
     text_field("fees"),
     {.name = "is_free", .type = Type::boolean, .access = RO},
     {.name = "minimum_age", .type = Type::integer, .low = 0, .high = 120, .nullable = true, .access = RO},
     {.name = "maximum_age", .type = Type::integer, .low = 0, .high = 120, .nullable = true, .access = RO},
     text_field("url", true),
     text_field("email", true),
     {.name = "needs", .type = Type::text_list, .max = kLongText, .access = RO},
     {.name = "languages", .type = Type::object_list, .access = RO, .nested = &kLanguageNameFields},
     {.name = "schedules", .type = Type::any_object_list, .access = RO, .nested = &kHsdsScheduleFields},
     {.name = "locations", .type = Type::object_list, .access = RO, .nested = &kAddressFields},
     // Numbers and their kind only: an HSDS phone may name a person.
     {.name = "phones", .type = Type::any_object_list, .access = RO, .nested = &kHsdsPhoneFields},
     {.name = "waiting_list", .type = Type::object, .access = RO, .nested = &kWaitingListFields}}};

}  // namespace filet::directory
