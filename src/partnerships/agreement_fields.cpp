#include "partnerships/agreement_fields.hpp"

#include "core/json_output.hpp"

namespace filet::partnerships {
using core::nullable;
using fields::Access;
using fields::Format;
using fields::Type;

namespace {
fields::Field out(std::string_view name, Type type, bool is_nullable = false) {
  return {.name = name, .type = type, .nullable = is_nullable, .access = Access::read_only};
}
fields::Field text(std::string_view name, fields::Label label, size_t max = 200, Format format = Format::none) {
  return {.name = name, .type = Type::text, .label = label, .max = max, .format = format};
}
}  // namespace

const fields::Description kAgreementFields{
    "ReferralAgreement",
    {fields::kId,
     fields::kVersion,
     {.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}},
     out("organization_name", Type::text),
     {.name = "other_organization_id",
      .type = Type::id,
      .label = {"autre organisme de l’entente", "other organization of the agreement"},
      .required = true},
     out("other_organization_name", Type::text),
     text("contact_name", {"personne-ressource de l’organisme", "the organization’s contact person"}),
     text("contact_role", {"rôle de la personne-ressource", "contact person’s role"}),
     text("contact_phone", {"téléphone de la personne-ressource", "contact person’s phone"}, 40, Format::phone),
     text("contact_email", {"courriel de la personne-ressource", "contact person’s e-mail"}, 200, Format::email),
     text("other_contact_name", {"personne-ressource de l’autre organisme", "the other organization’s contact person"}),
     text("other_contact_role", {"rôle de la personne-ressource de l’autre organisme", "other contact person’s role"}),
     text("other_contact_phone",
          {"téléphone de la personne-ressource de l’autre organisme", "other contact person’s phone"}, 40,
          Format::phone),
     text("other_contact_email",
          {"courriel de la personne-ressource de l’autre organisme", "other contact person’s e-mail"}, 200,
          Format::email),
     text("what_is_shared", {"ce qui est partagé", "what is shared"}, 2000),
     text("how_to_refer", {"comment les références se font", "how referrals are made"}, 2000),
     {.name = "starts_on", .type = Type::date, .label = {"date de début", "start date"}, .required = true},
     {.name = "review_on", .type = Type::date, .label = {"date de révision", "review date"}, .nullable = true},
     {.name = "status",
      .type = Type::choice,
      .label = {"statut de l’entente", "agreement status"},
      .choices = kAgreementStatuses},
     out("review_due", Type::boolean),
     out("editable", Type::boolean),
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kAgreementFilters{
    "ReferralAgreementFilters",
    {{.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}},
     {.name = "status",
      .type = Type::choice,
      .label = {"statut de l’entente", "agreement status"},
      .choices = kAgreementStatuses}}};

Result<AgreementChanges> decode_agreement(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kAgreementFields, mode);
  AgreementChanges c;
  c.organization_id = in.text("organization_id");
  c.other_organization_id = in.text("other_organization_id");
  c.contact_name = in.text("contact_name");
  c.contact_role = in.text("contact_role");
  c.contact_phone = in.text("contact_phone");
  c.contact_email = in.text("contact_email");
  c.other_contact_name = in.text("other_contact_name");
  c.other_contact_role = in.text("other_contact_role");
  c.other_contact_phone = in.text("other_contact_phone");
  c.other_contact_email = in.text("other_contact_email");
  c.what_is_shared = in.text("what_is_shared");
  c.how_to_refer = in.text("how_to_refer");
  c.starts_on = in.text("starts_on");
  c.review_on = in.text("review_on");
  c.status = in.text("status");
  TRY_VOID(in.finish());
  return c;
}

boost::json::object to_json(const ReferralAgreement& a) {
  return {{"id", a.id},
          {"version", a.version},
          {"organization_id", a.organization_id},
          {"organization_name", a.organization_name},
          {"other_organization_id", a.other_organization_id},
          {"other_organization_name", a.other_organization_name},
          {"contact_name", a.contact.name},
          {"contact_role", a.contact.role},
          {"contact_phone", a.contact.phone},
          {"contact_email", a.contact.email},
          {"other_contact_name", a.other_contact.name},
          {"other_contact_role", a.other_contact.role},
          {"other_contact_phone", a.other_contact.phone},
          {"other_contact_email", a.other_contact.email},
          {"what_is_shared", a.what_is_shared},
          {"how_to_refer", a.how_to_refer},
          {"starts_on", a.starts_on},
          {"review_on", nullable(a.review_on)},
          {"status", a.status},
          {"review_due", a.review_due},
          {"editable", a.editable},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

}  // namespace filet::partnerships
