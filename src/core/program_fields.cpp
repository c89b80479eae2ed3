#include "core/program_fields.hpp"

#include "core/organization_fields.hpp"

namespace filet::core {
using fields::Access;
using fields::Type;

const fields::Description kProgramFields{
    "Program",
    {fields::kId,
     fields::kVersion,
     {.name = "name", .type = Type::text, .label = {"nom", "name"}, .required = true, .min = 2, .max = 200},
     {.name = "description", .type = Type::text, .label = {"description", "description"}, .max = 4000},
     {.name = "starts_on", .type = Type::date, .label = {"date de début", "start date"}, .required = true},
     {.name = "ends_on", .type = Type::date, .label = {"date de fin", "end date"}, .nullable = true},
     {.name = "organization_ids", .type = Type::id_list, .label = {"organismes membres", "member organizations"}},
     {.name = "organizations", .type = Type::object_list, .access = Access::read_only, .nested = &kNamedRefFields},
     {.name = "funders",
      .type = Type::text_list,
      .label = {"bailleurs de fonds", "funders"},
      .min = 2,
      .max = 200,
      .max_items = 50},
     fields::kActive,
     fields::kCreatedAt,
     fields::kUpdatedAt}};

Result<ProgramChanges> decode_program(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kProgramFields, mode);
  ProgramChanges changes;
  changes.name = in.text("name");
  changes.description = in.text("description");
  changes.starts_on = in.text("starts_on");
  changes.ends_on = in.text("ends_on");
  changes.organization_ids = in.list("organization_ids");
  changes.funders = in.list("funders");
  changes.active = in.boolean("active");
  TRY_VOID(in.finish());
  return changes;
}

}  // namespace filet::core
