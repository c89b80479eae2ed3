#include "families/contact.hpp"

#include "core/json_output.hpp"

#include <boost/json.hpp>

namespace filet::families {
using core::nullable;
using fields::Access;
using fields::Type;
namespace {
boost::json::array strings(const std::vector<std::string>& values) {
  boost::json::array out;
  for (const auto& v : values) out.push_back(boost::json::string(v));
  return out;
}
}  // namespace

const fields::Description kContactFields{
    "FamilyContact",
    {fields::kClientId,
     fields::kVersion,
     {.name = "organization_id", .type = Type::id, .access = Access::read_only},
     {.name = "family_id", .type = Type::id, .label = {"famille", "family"}, .required = true},
     {.name = "contact_date", .type = Type::date, .label = {"date du contact", "contact date"}, .required = true},
     {.name = "mode",
      .type = Type::text,
      .label = {"mode de contact", "contact mode"},
      .required = true,
      .min = 1,
      .max = 41},
     {.name = "initiated_by",
      .type = Type::choice,
      .label = {"à l’initiative de", "initiated by"},
      .required = true,
      .choices = kInitiators},
     {.name = "duration_minutes",
      .type = Type::integer,
      .label = {"durée (minutes)", "duration (minutes)"},
      .low = 0,
      .high = 1440,
      .nullable = true},
     {.name = "need_ids", .type = Type::id_list, .label = {"besoins abordés", "needs addressed"}, .max_items = 30},
     {.name = "elements",
      .type = Type::text_list,
      .label = {"éléments d’accompagnement", "accompaniment elements"},
      .min = 1,
      .max = 41,
      .max_items = 20},
     {.name = "obstacles",
      .type = Type::text_list,
      .label = {"obstacles rencontrés", "obstacles met"},
      .min = 1,
      .max = 41,
      .max_items = 20},
     {.name = "tried",
      .type = Type::text,
      .label = {"ce qui a été tenté", "what was tried"},
      .max = 2000,
      .nullable = true},
     {.name = "notes", .type = Type::text, .label = {"notes", "notes"}, .max = 4000, .nullable = true},
     {.name = "recorded_by", .type = Type::id, .nullable = true, .access = fields::Access::read_only},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

Result<ContactChanges> decode_contact(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kContactFields, mode);
  ContactChanges changes;
  changes.family_id = in.text("family_id");
  changes.contact_date = in.text("contact_date");
  changes.mode = in.text("mode");
  changes.initiated_by = in.text("initiated_by");
  changes.duration_minutes = in.integer("duration_minutes");
  changes.need_ids = in.list("need_ids");
  changes.elements = in.list("elements");
  changes.obstacles = in.list("obstacles");
  changes.tried = in.text("tried");
  changes.notes = in.text("notes");
  TRY_VOID(in.finish());
  return changes;
}

boost::json::object to_json(const Contact& c) {
  boost::json::value duration = nullptr;
  if (c.duration_minutes) duration = *c.duration_minutes;
  return {{"id", c.id},
          {"version", c.version},
          {"organization_id", c.organization_id},
          {"family_id", c.family_id},
          {"contact_date", c.contact_date},
          {"mode", c.mode},
          {"initiated_by", c.initiated_by},
          {"duration_minutes", duration},
          {"need_ids", strings(c.need_ids)},
          {"elements", strings(c.elements)},
          {"obstacles", strings(c.obstacles)},
          {"tried", nullable(c.tried)},
          {"notes", nullable(c.notes)},
          {"recorded_by", nullable(c.recorded_by)},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at}};
}

}  // namespace filet::families
