#include "families/check_in.hpp"

#include <boost/json.hpp>

namespace filet::families {
using fields::Access;
using fields::Type;

const fields::Description kCheckInFields{
    "FamilyCheckIn",
    {fields::kClientId,
     fields::kVersion,
     {.name = "organization_id", .type = Type::id, .access = Access::read_only},
     {.name = "family_id", .type = Type::id, .label = {"famille", "family"}, .required = true},
     {.name = "check_date", .type = Type::date, .label = {"date du bilan", "check-in date"}, .required = true},
     {.name = "trust_link",
      .type = Type::integer,
      .label = {"lien de confiance établi", "trust link established"},
      .required = true,
      .low = 1,
      .high = 4},
     {.name = "confidence",
      .type = Type::integer,
      .label = {"parents plus confiants en leurs moyens", "parents more confident in their means"},
      .required = true,
      .low = 1,
      .high = 4},
     {.name = "informed",
      .type = Type::integer,
      .label = {"parents mieux informés", "parents better informed"},
      .required = true,
      .low = 1,
      .high = 4},
     {.name = "resource_use",
      .type = Type::integer,
      .label = {"utilisation accrue des ressources", "more use of community resources"},
      .required = true,
      .low = 1,
      .high = 4},
     {.name = "notes", .type = Type::text, .label = {"notes", "notes"}, .max = 4000, .nullable = true},
     {.name = "recorded_by", .type = Type::id, .nullable = true, .access = fields::Access::read_only},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

Result<CheckInChanges> decode_check_in(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kCheckInFields, mode);
  CheckInChanges changes;
  changes.family_id = in.text("family_id");
  changes.check_date = in.text("check_date");
  for (auto [name, target] :
       {std::pair{"trust_link", &changes.trust_link}, std::pair{"confidence", &changes.confidence},
        std::pair{"informed", &changes.informed}, std::pair{"resource_use", &changes.resource_use}}) {
    // The four criteria are required on create (the kit's integer reading leaves that to us).
    auto value = in.integer(name);
    if (value && *value)
      *target = **value;
    else if (value || mode == fields::Mode::create)
      in.add({name, FieldCode::required});
  }
  changes.notes = in.text("notes");
  TRY_VOID(in.finish());
  return changes;
}

boost::json::object to_json(const CheckIn& c) {
  boost::json::value notes = nullptr;
  if (!c.notes.empty()) notes = boost::json::string(c.notes);
  boost::json::value recorded_by = nullptr;
  if (!c.recorded_by.empty()) recorded_by = boost::json::string(c.recorded_by);
  return {{"id", c.id},
          {"version", c.version},
          {"organization_id", c.organization_id},
          {"family_id", c.family_id},
          {"check_date", c.check_date},
          {"trust_link", c.trust_link},
          {"confidence", c.confidence},
          {"informed", c.informed},
          {"resource_use", c.resource_use},
          {"notes", notes},
          {"recorded_by", recorded_by},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at}};
}

}  // namespace filet::families
