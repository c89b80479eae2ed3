#include "groups/group_fields.hpp"

#include <sodium.h>

#include "files/file_type.hpp"
#include "groups/field_values.hpp"

// The fields of programs of sessions (the templates), their sessions in detail and their
// materials: apart from the groups' own (group_fields.cpp), declared with them in group_fields.hpp.
namespace filet::groups {
using fields::Access;
using fields::Type;
// The bound of counts a response carries.
constexpr int64_t kMany = 1'000'000'000;

const fields::Description kMaterialFields{
    "GroupProgramMaterial",
    {fields::kId,
     {.name = "program_id", .type = Type::id, .access = Access::read_only},
     {.name = "session_number", .type = Type::integer, .low = 1, .high = 100, .access = Access::read_only},
     {.name = "file_id", .type = Type::id, .access = Access::read_only},
     {.name = "name", .type = Type::text, .access = Access::read_only},
     {.name = "content_type", .type = Type::text, .access = Access::read_only},
     {.name = "size_bytes", .type = Type::integer, .high = kMany, .access = Access::read_only},
     fields::kCreatedAt}};

// Above the upload route's body limit: a larger file is refused by its size (413), not here.
constexpr size_t kMaxBase64 = 16'000'000;

const fields::Description kMaterialUploadFields{
    "GroupProgramMaterialUpload",
    {{.name = "name",
      .type = Type::text,
      .label = {"nom du fichier", "file name"},
      .required = true,
      .min = 1,
      .max = 200},
     {.name = "content_base64",
      .type = Type::text,
      .label = {"contenu du fichier (base64\u00A0; PDF, PNG, JPEG, DOCX, XLSX, PPTX, ODT ou TXT, 10 Mio au plus)",
                "file content (base64; PDF, PNG, JPEG, DOCX, XLSX, PPTX, ODT or TXT, 10 MiB at most)"},
      .required = true,
      .min = 1,
      .max = kMaxBase64}}};

// A program's session's writable fields: its record and its PUT body share them.
constexpr fields::Field kSessionTheme{
    .name = "theme", .type = Type::text, .label = {"thème", "theme"}, .required = true, .min = 2, .max = 200};
constexpr fields::Field kSessionDescription{
    .name = "description", .type = Type::text, .label = {"description", "description"}, .max = 4000};
constexpr fields::Field kSessionDuration{.name = "duration_minutes",
                                         .type = Type::integer,
                                         .label = {"durée (minutes)", "duration (minutes)"},
                                         .low = 5,
                                         .high = 1440,
                                         .nullable = true};
constexpr fields::Field kSessionObjectives{
    .name = "objectives", .type = Type::text, .label = {"objectifs", "objectives"}, .max = 4000};
constexpr fields::Field kSessionChecklist{
    .name = "checklist",
    .type = Type::text_list,
    .label = {"grille de conformité de la rencontre", "the session’s fidelity checklist"},
    .min = 2,
    .max = 200,
    .max_items = 30};

const fields::Description kProgramSessionFields{
    "GroupProgramSession",
    {{.name = "number", .type = Type::integer, .low = 1, .high = 100, .access = Access::read_only},
     kSessionTheme,
     kSessionDescription,
     kSessionDuration,
     kSessionObjectives,
     kSessionChecklist,
     {.name = "materials", .type = Type::object_list, .access = Access::read_only, .nested = &kMaterialFields}}};

const fields::Description kProgramSessionChangeFields{
    "GroupProgramSessionChange",
    {fields::kVersion, kSessionTheme, kSessionDescription, kSessionDuration, kSessionObjectives, kSessionChecklist}};

const fields::Description kProgramFields{
    "GroupProgram",
    {fields::kId,
     fields::kVersion,
     kOrganization,
     {.name = "name", .type = Type::text, .label = {"nom", "name"}, .required = true, .min = 2, .max = 200},
     {.name = "description", .type = Type::text, .label = {"description", "description"}, .max = 4000},
     {.name = "themes",
      .type = Type::text_list,
      .label = {"thèmes des rencontres (dans l’ordre)", "session themes (in order)"},
      .required = true,
      .min = 2,
      .max = 200,
      .max_items = 30},
     {.name = "checklist",
      .type = Type::text_list,
      .label = {"grille de conformité (éléments à livrer)", "fidelity checklist (items to deliver)"},
      .min = 2,
      .max = 200,
      .max_items = 30},
     {.name = "sessions", .type = Type::object_list, .access = Access::read_only, .nested = &kProgramSessionFields},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

Result<GroupProgramChanges> decode_program(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kProgramFields, mode);
  GroupProgramChanges c;
  c.organization_id = in.text("organization_id");
  c.name = in.text("name");
  c.description = in.text("description");
  c.themes = in.list("themes");
  c.checklist = in.list("checklist");
  if (c.themes && c.themes->empty()) in.add({"themes", FieldCode::required});
  TRY_VOID(in.finish());
  return c;
}

Result<ProgramSessionChanges> decode_program_session(const boost::json::object& body) {
  fields::Reader in(body, kProgramSessionChangeFields, fields::Mode::update);
  ProgramSessionChanges c;
  c.theme = in.text("theme");
  c.description = in.text("description");
  c.duration_minutes = in.integer("duration_minutes");
  c.objectives = in.text("objectives");
  c.checklist = in.list("checklist");
  TRY_VOID(in.finish());
  return c;
}

Result<MaterialUpload> decode_material_upload(const boost::json::object& body) {
  fields::Reader in(body, kMaterialUploadFields, fields::Mode::create);
  MaterialUpload out;
  out.name = files::clean_name(in.text("name").value_or(""));
  const std::string encoded = in.text("content_base64").value_or("");
  if (!encoded.empty()) {
    out.bytes.resize(encoded.size() / 4 * 3 + 3);
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.bytes.data()), out.bytes.size(), encoded.data(),
                          encoded.size(), " \r\n", &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
      in.add({"content_base64", FieldCode::invalid_format, "base64"});
    out.bytes.resize(length);
  }
  TRY_VOID(in.finish());
  return out;
}

boost::json::object to_json(const Material& m) {
  return {{"id", m.id},
          {"program_id", m.program_id},
          {"session_number", m.session_number},
          {"file_id", m.file_id},
          {"name", m.name},
          {"content_type", m.content_type},
          {"size_bytes", m.size_bytes},
          {"created_at", m.created_at}};
}

boost::json::object to_json(const ProgramSession& s) {
  boost::json::array materials;
  for (const auto& m : s.materials) materials.push_back(to_json(m));
  return {{"number", s.number},
          {"theme", s.theme},
          {"description", s.description},
          {"duration_minutes", s.duration_minutes ? boost::json::value(*s.duration_minutes) : nullptr},
          {"objectives", s.objectives},
          {"checklist", array_of(s.checklist)},
          {"materials", std::move(materials)}};
}

boost::json::object to_json(const GroupProgram& p) {
  boost::json::array sessions;
  for (const auto& s : p.sessions) sessions.push_back(to_json(s));
  return {{"id", p.id},
          {"version", p.version},
          {"organization_id", p.organization_id},
          {"name", p.name},
          {"description", p.description},
          {"themes", array_of(themes_of(p))},
          {"checklist", array_of(p.checklist)},
          {"sessions", std::move(sessions)},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

}  // namespace filet::groups
