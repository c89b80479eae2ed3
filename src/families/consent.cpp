#include "families/consent.hpp"

#include "core/json_output.hpp"

#include <boost/json.hpp>

#include "families/consent_rules.hpp"

namespace filet::families {
using core::nullable;
using fields::Access;
using fields::Type;

const fields::Description kConsentFields{
    "FamilyConsent",
    {fields::kClientId,
     fields::kVersion,
     {.name = "organization_id", .type = Type::id, .access = Access::read_only},
     {.name = "family_id", .type = Type::id, .label = {"famille", "family"}, .required = true},
     {.name = "purpose",
      .type = Type::choice,
      .label = {"objet du consentement", "purpose of the consent"},
      .required = true,
      .choices = kConsentPurposes},
     {.name = "partner_organization_id",
      .type = Type::id,
      .label = {"organisme partenaire", "partner organization"},
      .nullable = true},
     {.name = "given_on", .type = Type::date, .label = {"date du consentement", "date given"}, .required = true},
     {.name = "given_how",
      .type = Type::choice,
      .label = {"forme du consentement", "how it was given"},
      .required = true,
      .choices = kConsentWays},
     {.name = "withdrawn_on", .type = Type::date, .label = {"date de retrait", "date withdrawn"}, .nullable = true},
     {.name = "recorded_by", .type = Type::id, .nullable = true, .access = fields::Access::read_only},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kEntryFilterFields{"FamilyEntryFilter",
                                             {{.name = "family_id", .type = Type::id, .label = {"famille", "family"}}}};

Result<ConsentChanges> decode_consent(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kConsentFields, mode);
  ConsentChanges changes;
  changes.family_id = in.text("family_id");
  changes.purpose = in.text("purpose");
  changes.partner_organization_id = in.text("partner_organization_id");
  changes.given_on = in.text("given_on");
  changes.given_how = in.text("given_how");
  changes.withdrawn_on = in.text("withdrawn_on");
  TRY_VOID(in.finish());
  return changes;
}

boost::json::object to_json(const Consent& c) {
  return {{"id", c.id},
          {"version", c.version},
          {"organization_id", c.organization_id},
          {"family_id", c.family_id},
          {"purpose", c.purpose},
          {"partner_organization_id", nullable(c.partner_organization_id)},
          {"given_on", c.given_on},
          {"given_how", c.given_how},
          {"withdrawn_on", nullable(c.withdrawn_on)},
          {"recorded_by", nullable(c.recorded_by)},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at}};
}

}  // namespace filet::families
