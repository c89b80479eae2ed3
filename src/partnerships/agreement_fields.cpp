#include "partnerships/agreement_fields.hpp"

#include <boost/json/array.hpp>

#include "common/nested_list.hpp"
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

const fields::Description kContactFields{
    "ReferralAgreementContact",
    {{.name = "name", .type = Type::text, .label = {"nom", "name"}, .required = true, .min = 2, .max = 200},
     text("role", {"rôle", "role"}),
     text("phone", {"téléphone", "phone"}, 40, Format::phone),
     text("email", {"courriel", "e-mail"}, 200, Format::email)}};

fields::Field contacts(std::string_view name, fields::Label label) {
  return {.name = name,
          .type = Type::object_list,
          .label = label,
          .max_items = kMaxContactsPerSide,
          .nested = &kContactFields};
}

std::optional<std::vector<AgreementContact>> read_contacts(fields::Reader& in, std::string_view name) {
  return fields::read_nested_list<AgreementContact>(in, name, kContactFields, [](fields::Reader& c) {
    return AgreementContact{c.text("name").value_or(""), c.text("role").value_or(""), c.text("phone").value_or(""),
                            c.text("email").value_or("")};
  });
}

boost::json::array contacts_json(const std::vector<AgreementContact>& list) {
  boost::json::array out;
  for (const auto& c : list)
    out.push_back(boost::json::object{{"name", c.name}, {"role", c.role}, {"phone", c.phone}, {"email", c.email}});
  return out;
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
     contacts("contacts", {"personnes-ressources de l’organisme", "the organization’s contact people"}),
     contacts("other_contacts",
              {"personnes-ressources de l’autre organisme", "the other organization’s contact people"}),
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
  c.contacts = read_contacts(in, "contacts");
  c.other_contacts = read_contacts(in, "other_contacts");
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
          {"contacts", contacts_json(a.contacts)},
          {"other_contacts", contacts_json(a.other_contacts)},
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
