#include "journal/outreach_entry.hpp"

#include "core/json_output.hpp"
#include "journal/journal_fields.hpp"

namespace filet::journal {
using core::nullable;
namespace {
constexpr int64_t kMostPeople = 10000;
}  // namespace

const fields::Description kOutreachFields{
    "OutreachEntry",
    {fields::kClientId,
     fields::kVersion,
     kOrganizationField,
     kOrganizationNameField,
     kWorkerField,
     kWorkerNameField,
     kEntryDateField,
     {.name = "duration_minutes",
      .type = Type::integer,
      .label = {"durée (minutes)", "duration (minutes)"},
      .required = true,
      .low = 1,
      .high = 1440},
     {.name = "territory_id", .type = Type::id, .label = {"territoire", "territory"}, .nullable = true},
     {.name = "territory_name", .type = Type::text, .max = 200, .nullable = true, .access = Access::read_only},
     {.name = "place",
      .type = Type::text,
      .label = {"quartier ou lieu", "neighbourhood or place"},
      .max = 200,
      .nullable = true},
     {.name = "place_type", .type = Type::text, .label = {"type de lieu", "place type"}, .required = true, .max = 60},
     {.name = "strategy", .type = Type::text, .label = {"stratégie", "strategy"}, .required = true, .max = 60},
     {.name = "parents_reached",
      .type = Type::integer,
      .label = {"parents rejoints", "parents reached"},
      .high = kMostPeople},
     {.name = "fathers_reached",
      .type = Type::integer,
      .label = {"dont pères ou figures paternelles", "of whom fathers or father figures"},
      .high = kMostPeople},
     {.name = "children_seen",
      .type = Type::integer,
      .label = {"enfants de 5 ans ou moins", "children aged 5 or less"},
      .high = kMostPeople},
     {.name = "new_families",
      .type = Type::integer,
      .label = {"nouvelles familles", "new families"},
      .high = kMostPeople},
     kEfficacyField,
     kNoteField,
     kEditableField,
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kOutreachFilterFields{
    "OutreachFilter",
    {kFromFilter,
     kToFilter,
     kOrganizationFilter,
     kWorkerFilter,
     {.name = "strategy", .type = Type::text, .label = {"stratégie", "strategy"}, .max = 60},
     {.name = "territory_id", .type = Type::id, .label = {"territoire", "territory"}}}};

boost::json::object to_json(const OutreachEntry& e) {
  boost::json::object out;
  write_base(out, e);
  out["duration_minutes"] = e.duration_minutes;
  out["territory_id"] = nullable(e.territory_id);
  out["territory_name"] = nullable(e.territory_name);
  out["place"] = nullable(e.place);
  out["place_type"] = e.place_type;
  out["strategy"] = e.strategy;
  out["parents_reached"] = e.parents_reached;
  out["fathers_reached"] = e.fathers_reached;
  out["children_seen"] = e.children_seen;
  out["new_families"] = e.new_families;
  return out;
}

Result<OutreachChanges> decode_outreach(const boost::json::object& body, fields::Mode mode) {
  auto names = accepted_names(kOutreachFields, mode);
  fields::Reader in(body, kOutreachFields, mode, names);
  OutreachChanges c;
  read_base(in, kOutreachFields, c);
  c.duration_minutes = whole_number(in, kOutreachFields.field("duration_minutes"));
  c.territory_id = in.text("territory_id");
  c.place = in.text("place");
  c.place_type = in.text("place_type");
  c.strategy = in.text("strategy");
  c.parents_reached = whole_number(in, kOutreachFields.field("parents_reached"));
  c.fathers_reached = whole_number(in, kOutreachFields.field("fathers_reached"));
  c.children_seen = whole_number(in, kOutreachFields.field("children_seen"));
  c.new_families = whole_number(in, kOutreachFields.field("new_families"));
  TRY_VOID(in.finish());
  return c;
}

void apply(OutreachEntry& e, const OutreachChanges& c) {
  apply_base(e, c);
  if (c.duration_minutes) e.duration_minutes = *c.duration_minutes;
  if (c.territory_id) e.territory_id = *c.territory_id;
  if (c.place) e.place = *c.place;
  if (c.place_type) e.place_type = *c.place_type;
  if (c.strategy) e.strategy = *c.strategy;
  if (c.parents_reached) e.parents_reached = *c.parents_reached;
  if (c.fathers_reached) e.fathers_reached = *c.fathers_reached;
  if (c.children_seen) e.children_seen = *c.children_seen;
  if (c.new_families) e.new_families = *c.new_families;
}

Result<void> check(const OutreachEntry& e) {
  if (e.fathers_reached > e.parents_reached)
    return fail(Error::field(ErrorCode::validation_failed, "fathers_reached", FieldCode::exceeds, "parents_reached"));
  return {};
}

}  // namespace filet::journal
