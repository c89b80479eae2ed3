#include "privacy/incident_fields.hpp"

namespace filet::privacy {
using fields::Access;
using fields::Type;

const fields::Description kIncidentFields{
    "ConfidentialityIncident",
    {fields::kId,
     fields::kVersion,
     {.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}, .required = true},
     {.name = "occurred_on",
      .type = Type::date,
      .label = {"date de l’incident (ou début de la période)", "date of the incident (or start of the period)"},
      .required = true},
     {.name = "occurred_until",
      .type = Type::date,
      .label = {"date de fin de la période de l’incident", "end of the period of the incident"},
      .nullable = true},
     {.name = "discovered_on",
      .type = Type::date,
      .label = {"date de prise de connaissance", "date it came to the organization’s knowledge"},
      .required = true},
     {.name = "description",
      .type = Type::text,
      .label = {"description", "description"},
      .required = true,
      .min = 2,
      .max = 4000},
     {.name = "information_concerned",
      .type = Type::text,
      .label = {"renseignements personnels visés (ou raison pour laquelle ils ne peuvent être décrits)",
                "personal information concerned (or why it cannot be described)"},
      .required = true,
      .min = 2,
      .max = 4000},
     {.name = "persons_concerned",
      .type = Type::integer,
      .label = {"nombre de personnes concernées", "number of persons concerned"},
      .required = true,
      .low = 0,
      .high = 100'000'000},
     {.name = "persons_estimated", .type = Type::boolean, .label = {"nombre estimé", "estimated number"}},
     {.name = "sensitivity",
      .type = Type::text,
      .label = {"sensibilité des renseignements", "sensitivity of the information"},
      .required = true,
      .min = 2,
      .max = 4000},
     {.name = "consequences",
      .type = Type::text,
      .label = {"conséquences appréhendées", "anticipated consequences"},
      .required = true,
      .min = 2,
      .max = 4000},
     {.name = "likelihood_of_misuse",
      .type = Type::text,
      .label = {"probabilité d’utilisation à des fins préjudiciables", "likelihood of misuse"},
      .required = true,
      .min = 2,
      .max = 4000},
     {.name = "serious_risk",
      .type = Type::boolean,
      .label = {"risque de préjudice sérieux", "risk of serious injury"},
      .required = true},
     {.name = "commission_notified_on",
      .type = Type::date,
      .label = {"date de l’avis à la Commission d’accès à l’information",
                "date the Commission d’accès à l’information was notified"},
      .nullable = true},
     {.name = "persons_notified_on",
      .type = Type::date,
      .label = {"date de l’avis aux personnes concernées", "date the persons concerned were notified"},
      .nullable = true},
     {.name = "others_notified",
      .type = Type::text,
      .label = {"autres personnes ou organismes avisés", "other persons or organizations notified"},
      .max = 4000},
     {.name = "measures",
      .type = Type::text,
      .label = {"mesures prises pour diminuer les risques", "measures taken to reduce the risk"},
      .max = 4000},
     {.name = "status", .type = Type::choice, .label = {"statut", "status"}, .choices = kIncidentStatuses},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kIncidentFilters{
    "ConfidentialityIncidentFilters",
    {{.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}},
     {.name = "status", .type = Type::choice, .label = {"statut", "status"}, .choices = kIncidentStatuses},
     {.name = "from", .type = Type::date, .label = {"début de la période", "start of the period"}},
     {.name = "to", .type = Type::date, .label = {"fin de la période", "end of the period"}}}};

Result<IncidentChanges> decode_incident(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kIncidentFields, mode);
  IncidentChanges c;
  c.organization_id = in.text("organization_id");
  c.occurred_on = in.text("occurred_on");
  c.occurred_until = in.text("occurred_until");
  c.discovered_on = in.text("discovered_on");
  c.description = in.text("description");
  c.information_concerned = in.text("information_concerned");
  if (auto n = in.integer("persons_concerned")) c.persons_concerned = n->value_or(0);
  c.persons_estimated = in.boolean("persons_estimated");
  c.sensitivity = in.text("sensitivity");
  c.consequences = in.text("consequences");
  c.likelihood_of_misuse = in.text("likelihood_of_misuse");
  c.serious_risk = in.boolean("serious_risk");
  c.commission_notified_on = in.text("commission_notified_on");
  c.persons_notified_on = in.text("persons_notified_on");
  c.others_notified = in.text("others_notified");
  c.measures = in.text("measures");
  c.status = in.text("status");
  TRY_VOID(in.finish());
  return c;
}

}  // namespace filet::privacy
