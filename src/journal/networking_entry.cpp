#include "journal/networking_entry.hpp"

#include "core/json_output.hpp"
#include "journal/journal_fields.hpp"

namespace filet::journal {
using core::nullable;

const fields::Description kNetworkingFields{
    "NetworkingEntry",
    {fields::kClientId,
     fields::kVersion,
     kOrganizationField,
     kOrganizationNameField,
     kWorkerField,
     kWorkerNameField,
     kEntryDateField,
     {.name = "partner_organization_id",
      .type = Type::id,
      .label = {"organisme rejoint", "organization reached"},
      .nullable = true},
     {.name = "partner_organization_name",
      .type = Type::text,
      .max = 200,
      .nullable = true,
      .access = Access::read_only},
     {.name = "partner_name",
      .type = Type::text,
      .label = {"nom de l’organisme rejoint (hors Filet)", "name of the organization reached (not in Filet)"},
      .min = 2,
      .max = 200,
      .nullable = true},
     {.name = "category",
      .type = Type::text,
      .label = {"catégorie d’organisme", "organization category"},
      .required = true,
      .max = 60},
     {.name = "activity",
      .type = Type::text,
      .label = {"type d’activité", "activity kind"},
      .required = true,
      .max = 60},
     {.name = "participants",
      .type = Type::choice,
      .label = {"qui a participé", "who took part"},
      .required = true,
      .choices = kParticipants},
     kEfficacyField,
     kNoteField,
     kEditableField,
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kNetworkingFilterFields{
    "NetworkingFilter",
    {kFromFilter,
     kToFilter,
     kOrganizationFilter,
     kWorkerFilter,
     {.name = "category", .type = Type::text, .label = {"catégorie d’organisme", "organization category"}, .max = 60},
     {.name = "activity", .type = Type::text, .label = {"type d’activité", "activity kind"}, .max = 60}}};

boost::json::object to_json(const NetworkingEntry& e) {
  boost::json::object out;
  write_base(out, e);
  out["partner_organization_id"] = nullable(e.partner_organization_id);
  out["partner_organization_name"] = nullable(e.partner_organization_name);
  out["partner_name"] = nullable(e.partner_name);
  out["category"] = e.category;
  out["activity"] = e.activity;
  out["participants"] = e.participants;
  return out;
}

Result<NetworkingChanges> decode_networking(const boost::json::object& body, fields::Mode mode) {
  auto names = accepted_names(kNetworkingFields, mode);
  fields::Reader in(body, kNetworkingFields, mode, names);
  NetworkingChanges c;
  read_base(in, kNetworkingFields, c);
  c.partner_organization_id = in.text("partner_organization_id");
  c.partner_name = in.text("partner_name");
  c.category = in.text("category");
  c.activity = in.text("activity");
  c.participants = in.text("participants");
  TRY_VOID(in.finish());
  return c;
}

void apply(NetworkingEntry& e, const NetworkingChanges& c) {
  apply_base(e, c);
  if (c.partner_organization_id) e.partner_organization_id = *c.partner_organization_id;
  if (c.partner_name) e.partner_name = *c.partner_name;
  if (c.category) e.category = *c.category;
  if (c.activity) e.activity = *c.activity;
  if (c.participants) e.participants = *c.participants;
}

Result<void> check(const NetworkingEntry& e) {
  if (e.partner_organization_id.empty() == e.partner_name.empty())
    return fail(
        Error::field(ErrorCode::validation_failed, "partner_organization_id", FieldCode::one_of_two, "partner_name"));
  return {};
}

}  // namespace filet::journal
