#include "directory/service_fields.hpp"

#include "directory/service.hpp"

namespace filet::directory {
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
constexpr size_t kLongText = 4000;
}

const fields::Description kServiceFields{
    "Service",
    {fields::kVersion,
     {.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}, .required = true},
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
     {.name = "minimum_age", .type = Type::integer, .label = {"âge minimum", "minimum age"}, .low = 0, .high = 120},
     {.name = "maximum_age", .type = Type::integer, .label = {"âge maximum", "maximum age"}, .low = 0, .high = 120},
     {.name = "url", .label = {"site web", "website"}, .max = 300, .format = Format::web_address},
     {.name = "email", .label = {"courriel", "email"}, .max = 254, .format = Format::email},
     {.name = "need_ids", .type = Type::id_list, .label = {"besoins", "needs"}},
     {.name = "language_codes",
      .type = Type::text_list,
      .label = {"langues", "languages"},
      .min = 2,
      .max = 3,
      .max_items = 40},
     {.name = "territory_ids", .type = Type::id_list, .label = {"territoires desservis", "territories served"}},
     {.name = "schedules",
      .type = Type::object_list,
      .label = {"heures d’ouverture", "opening hours"},
      .nested = &kScheduleFields},
     {.name = "phones", .type = Type::object_list, .label = {"téléphones", "phones"}, .nested = &kPhoneFields},
     {.name = "waiting_list_status",
      .type = Type::choice,
      .label = {"liste d’attente", "waiting list"},
      .choices = kWaitingListStatuses},
     {.name = "waiting_list_delay_days",
      .type = Type::integer,
      .label = {"délai d’attente (jours)", "waiting time (days)"},
      .low = 0,
      .high = 3650}}};

}  // namespace filet::directory
