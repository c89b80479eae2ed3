#include "families/family_fields.hpp"

namespace filet::families {
using fields::Access;
using fields::Type;
namespace {

const fields::Description kChildFields{
    "FamilyChild",
    {{.name = "birth_year",
      .type = Type::integer,
      .label = {"année de naissance", "year of birth"},
      .required = true,
      .low = 1990,
      .high = 2100},
     {.name = "birth_month",
      .type = Type::integer,
      .label = {"mois de naissance", "month of birth"},
      .required = true,
      .low = 1,
      .high = 12},
     {.name = "aged_5_or_less", .type = Type::boolean, .access = Access::read_only}}};

// Children as rows of {birth_year, birth_month}; a bad row names `children`.
std::optional<std::vector<Child>> read_children(fields::Reader& in) {
  const boost::json::value* raw = in.raw("children");
  if (!raw) return std::nullopt;
  if (!raw->is_array() || raw->as_array().size() > 20) {
    in.add({"children", FieldCode::wrong_type, "array"});
    return std::nullopt;
  }
  std::vector<Child> out;
  for (const auto& item : raw->as_array()) {
    static const boost::json::object kEmpty;
    const auto* row = item.if_object();
    fields::Reader r(row ? *row : kEmpty, kChildFields, fields::Mode::create);
    auto year = r.integer("birth_year");
    auto month = r.integer("birth_month");
    if (!row || !r.ok() || !year || !*year || !month || !*month) {
      in.add({"children", FieldCode::invalid_value, "{\"birth_year\": 2024, \"birth_month\": 5}"});
      return std::nullopt;
    }
    out.push_back({**year, **month});
  }
  return out;
}

}  // namespace

const fields::Description kFamilyFields{
    "Family",
    {fields::kClientId,
     fields::kVersion,
     {.name = "organization_id", .type = Type::id, .label = {"organisme accompagnateur", "accompanying organization"}},
     {.name = "code", .type = Type::text, .nullable = true, .access = fields::Access::read_only},
     {.name = "adults", .type = Type::integer, .label = {"adultes", "adults"}, .low = 0, .high = 12},
     {.name = "single_parent", .type = Type::boolean, .label = {"famille monoparentale", "single-parent family"}},
     {.name = "father_involved",
      .type = Type::boolean,
      .label = {"père ou figure paternelle présente", "father or father figure involved"}},
     {.name = "children",
      .type = Type::object_list,
      .label = {"enfants", "children"},
      .max_items = 20,
      .nested = &kChildFields},
     {.name = "children_5_or_less", .type = Type::integer, .low = 0, .high = 20, .access = Access::read_only},
     {.name = "languages",
      .type = Type::text_list,
      .label = {"langues", "languages"},
      .min = 2,
      .max = 40,
      .max_items = 10},
     {.name = "territory_id", .type = Type::id, .label = {"territoire", "territory"}, .nullable = true},
     {.name = "housing", .type = Type::choice, .label = {"logement", "housing"}, .choices = kHousing, .nullable = true},
     {.name = "arrival_year",
      .type = Type::integer,
      .label = {"année d’arrivée au Québec", "year of arrival in Quebec"},
      .low = 1950,
      .high = 2100,
      .nullable = true},
     {.name = "immigration_status",
      .type = Type::choice,
      .label = {"situation d’immigration", "immigration situation"},
      .choices = kImmigrationStatuses,
      .nullable = true},
     {.name = "vulnerability_factors",
      .type = Type::text_list,
      .label = {"facteurs de vulnérabilité", "vulnerability factors"},
      .min = 1,
      .max = 41,
      .max_items = 30},
     {.name = "outreach_strategy",
      .type = Type::text,
      .label = {"stratégie de démarchage", "outreach strategy"},
      .max = 41,
      .nullable = true},
     {.name = "status", .type = Type::choice, .label = {"statut", "status"}, .choices = kStatuses},
     {.name = "closing_reason",
      .type = Type::text,
      .label = {"motif de fermeture", "closing reason"},
      .max = 41,
      .nullable = true},
     {.name = "worker_id",
      .type = Type::id,
      .label = {"intervenant·e accompagnateur·trice", "accompanying worker"},
      .nullable = true},
     {.name = "notes", .type = Type::text, .label = {"notes", "notes"}, .max = 4000, .nullable = true},
     {.name = "has_identity", .type = Type::boolean, .access = Access::read_only},
     {.name = "last_contact_on", .type = Type::date, .nullable = true, .access = fields::Access::read_only},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kFamilyFilterFields{
    "FamilyFilter",
    {{.name = "status", .type = Type::choice, .label = {"statut", "status"}, .choices = kStatuses},
     {.name = "territory_id", .type = Type::id, .label = {"territoire", "territory"}},
     {.name = "worker_id", .type = Type::id, .label = {"intervenant·e", "worker"}},
     {.name = "vulnerability_factor",
      .type = Type::text,
      .label = {"facteur de vulnérabilité", "vulnerability factor"},
      .max = 41},
     {.name = "code", .type = Type::text, .label = {"code de la famille", "family code"}, .max = 20},
     {.name = "name", .type = Type::text, .label = {"nom", "name"}, .max = 200}}};

Result<FamilyChanges> decode_family(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kFamilyFields, mode);
  FamilyChanges changes;
  changes.organization_id = in.text("organization_id");
  if (auto adults = in.integer("adults")) {
    if (*adults)
      changes.adults = **adults;
    else
      in.add({"adults", FieldCode::wrong_type, "integer"});
  }
  changes.single_parent = in.boolean("single_parent");
  changes.father_involved = in.boolean("father_involved");
  changes.children = read_children(in);
  changes.languages = in.list("languages");
  changes.territory_id = in.text("territory_id");
  changes.housing = in.text("housing");
  changes.arrival_year = in.integer("arrival_year");
  changes.immigration_status = in.text("immigration_status");
  changes.vulnerability_factors = in.list("vulnerability_factors");
  changes.outreach_strategy = in.text("outreach_strategy");
  changes.status = in.text("status");
  changes.closing_reason = in.text("closing_reason");
  changes.worker_id = in.text("worker_id");
  changes.notes = in.text("notes");
  TRY_VOID(in.finish());
  return changes;
}

}  // namespace filet::families
