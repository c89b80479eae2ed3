#include "groups/notebook.hpp"

#include <boost/json/array.hpp>

#include "groups/field_values.hpp"
#include "groups/group_fields.hpp"

namespace filet::groups {
using fields::Access;
using fields::Type;
namespace {

constexpr auto RO = Access::read_only;

const fields::Description kNotebookSessionFields{
    "GroupNotebookSession",
    {{.name = "number", .type = Type::integer, .low = 1, .high = 100, .access = RO},
     {.name = "held_on", .type = Type::date, .access = RO},
     {.name = "place", .type = Type::text, .access = RO},
     {.name = "theme", .type = Type::text, .access = RO},
     {.name = "description", .type = Type::text, .access = RO},
     {.name = "duration_minutes", .type = Type::integer, .high = 1440, .nullable = true, .access = RO},
     {.name = "objectives", .type = Type::text, .access = RO},
     {.name = "materials", .type = Type::object_list, .access = RO, .nested = &kMaterialFields}}};

const fields::Description kNotebookContactFields{
    "GroupNotebookContact",
    {{.name = "participant_id", .type = Type::id, .access = RO},
     {.name = "label", .type = Type::text, .access = RO},
     {.name = "kind", .type = Type::choice, .choices = kParticipantKinds, .access = RO},
     {.name = "organization_name", .type = Type::text, .nullable = true, .access = RO},
     {.name = "email", .type = Type::text, .access = RO},
     {.name = "phone", .type = Type::text, .access = RO}}};

}  // namespace

const fields::Description kNotebookFields{
    "GroupNotebook",
    {{.name = "group_id", .type = Type::id, .access = RO},
     {.name = "group_name", .type = Type::text, .access = RO},
     {.name = "program_name", .type = Type::text, .nullable = true, .access = RO},
     {.name = "starts_on", .type = Type::date, .nullable = true, .access = RO},
     {.name = "ends_on", .type = Type::date, .nullable = true, .access = RO},
     {.name = "sessions", .type = Type::object_list, .access = RO, .nested = &kNotebookSessionFields},
     {.name = "contacts", .type = Type::object_list, .access = RO, .nested = &kNotebookContactFields}}};

bool in_notebook(const Participant& p) {
  return p.shares_contact && p.status != "withdrew";
}

boost::json::object notebook(const NotebookRecords& r) {
  boost::json::array sessions;
  for (const auto& s : r.sessions) {
    const ProgramSession* planned = nullptr;
    if (s.number >= 1 && s.number <= static_cast<int64_t>(r.program.sessions.size()))
      planned = &r.program.sessions[static_cast<size_t>(s.number - 1)];
    boost::json::array materials;
    if (planned)
      for (const auto& m : planned->materials) materials.push_back(to_json(m));
    sessions.push_back(
        {{"number", s.number},
         {"held_on", s.held_on},
         {"place", s.place},
         {"theme", s.theme},
         {"description", planned ? planned->description : ""},
         {"duration_minutes",
          planned && planned->duration_minutes ? boost::json::value(*planned->duration_minutes) : nullptr},
         {"objectives", planned ? planned->objectives : ""},
         {"materials", std::move(materials)}});
  }
  boost::json::array contacts;
  for (const auto& p : r.participants) {
    if (!in_notebook(p)) continue;
    auto name = r.organization_names.find(p.organization_id);
    contacts.push_back({{"participant_id", p.id},
                        {"label", p.label},
                        {"kind", p.kind},
                        {"organization_name", name == r.organization_names.end() ? boost::json::value(nullptr)
                                                                                 : boost::json::value(name->second)},
                        {"email", p.email},
                        {"phone", p.phone}});
  }
  return {{"group_id", r.group.id},
          {"group_name", r.group.name},
          {"program_name", text_or_null(r.program.name)},
          {"starts_on", text_or_null(r.group.starts_on)},
          {"ends_on", text_or_null(r.group.ends_on)},
          {"sessions", std::move(sessions)},
          {"contacts", std::move(contacts)}};
}

}  // namespace filet::groups
