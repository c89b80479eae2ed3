#include "core/territory_fields.hpp"

namespace filet::core {
using fields::Access;
using fields::Type;

const fields::Description kTerritoryFields{
    "Territory",
    {fields::kId,
     fields::kVersion,
     {.name = "name", .type = Type::text, .label = {"nom", "name"}, .required = true, .min = 2, .max = 200},
     {.name = "kind", .type = Type::choice, .label = {"type", "kind"}, .required = true, .choices = kTerritoryKinds},
     {.name = "setting",
      .type = Type::choice,
      .label = {"milieu", "setting"},
      .required = true,
      .choices = kTerritorySettings},
     {.name = "parent_id", .type = Type::id, .label = {"territoire parent", "parent territory"}, .nullable = true},
     {.name = "parent_name", .type = Type::text, .nullable = true, .access = Access::read_only},
     fields::kActive,
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kTerritoryFilterFields{
    "TerritoryFilter",
    {{.name = "kind", .type = Type::choice, .label = {"type", "kind"}, .choices = kTerritoryKinds},
     {.name = "parent_id", .type = Type::id, .label = {"territoire parent", "parent territory"}}}};

Result<TerritoryChanges> decode_territory(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kTerritoryFields, mode);
  TerritoryChanges changes;
  changes.name = in.text("name");
  changes.kind = in.text("kind");
  changes.setting = in.text("setting");
  changes.parent_id = in.text("parent_id");
  changes.active = in.boolean("active");
  TRY_VOID(in.finish());
  return changes;
}

}  // namespace filet::core
