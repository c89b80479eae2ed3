#include "core/organization_fields.hpp"

namespace filet::core {
using fields::Access;
using fields::Format;
using fields::Type;

const fields::Description kNamedRefFields{
    "NamedRef", {{.name = "id", .type = Type::id}, {.name = "name", .type = Type::text, .max = 200}}};

const fields::Description kOrganizationFields{
    "Organization",
    {fields::kId,
     fields::kVersion,
     {.name = "name", .type = Type::text, .label = {"nom", "name"}, .required = true, .min = 2, .max = 200},
     {.name = "sector", .type = Type::choice, .label = {"secteur", "sector"}, .required = true, .choices = kSectors},
     {.name = "email", .label = {"courriel", "email"}, .max = 254, .format = Format::email, .nullable = true},
     {.name = "phone", .label = {"téléphone", "phone"}, .max = 40, .format = Format::phone, .nullable = true},
     {.name = "website", .label = {"site web", "website"}, .max = 300, .format = Format::web_address, .nullable = true},
     {.name = "territory_ids", .type = Type::id_list, .label = {"territoires desservis", "territories served"}},
     {.name = "territories", .type = Type::object_list, .access = Access::read_only, .nested = &kNamedRefFields},
     fields::kActive,
     fields::kCreatedAt,
     fields::kUpdatedAt}};

Result<OrganizationChanges> decode_organization(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kOrganizationFields, mode);
  OrganizationChanges changes;
  changes.name = in.text("name");
  changes.sector = in.text("sector");
  changes.email = in.text("email");
  changes.phone = in.text("phone");
  changes.website = in.text("website");
  changes.territory_ids = in.list("territory_ids");
  changes.active = in.boolean("active");
  TRY_VOID(in.finish());
  return changes;
}

}  // namespace filet::core
