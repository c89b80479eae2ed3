#include "groups/group_fields.hpp"

#include <boost/json/array.hpp>
#include <set>

#include "groups/field_values.hpp"

namespace filet::groups {
using fields::Access;
using fields::Type;
// The bound of counts a response carries.
constexpr int64_t kMany = 1'000'000'000;

namespace {

constexpr fields::Field kGroupId{.name = "group_id", .type = Type::id, .label = {"groupe", "group"}, .required = true};

}  // namespace

const fields::Description kGroupFields{
    "Group",
    {fields::kId,
     fields::kVersion,
     kOrganization,
     {.name = "program_id",
      .type = Type::id,
      .label = {"programme de rencontres", "program of sessions"},
      .nullable = true},
     {.name = "name", .type = Type::text, .label = {"nom", "name"}, .required = true, .min = 2, .max = 200},
     {.name = "kind",
      .type = Type::choice,
      .label = {"type de groupe", "kind of group"},
      .required = true,
      .choices = kGroupKinds},
     {.name = "cohort", .type = Type::text, .label = {"cohorte", "cohort"}, .max = 100},
     {.name = "territory_id", .type = Type::id, .label = {"territoire", "territory"}, .nullable = true},
     {.name = "facilitator_ids",
      .type = Type::id_list,
      .label = {"animatrices et animateurs", "facilitators"},
      .max_items = 10},
     {.name = "host_organization_ids",
      .type = Type::id_list,
      .label = {"organismes hôtes", "host organizations"},
      .max_items = 60},
     {.name = "starts_on", .type = Type::date, .label = {"début", "start"}, .nullable = true},
     {.name = "ends_on", .type = Type::date, .label = {"fin", "end"}, .nullable = true},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kGroupFilters{
    "GroupFilters",
    {{.name = "program_id", .type = Type::id, .label = {"programme de rencontres", "program of sessions"}},
     {.name = "cohort", .type = Type::text, .label = {"cohorte", "cohort"}, .max = 100}}};

const fields::Description kParticipantFields{
    "GroupParticipant",
    {fields::kId,
     fields::kVersion,
     kGroupId,
     {.name = "kind",
      .type = Type::choice,
      .label = {"type de participant", "kind of participant"},
      .required = true,
      .choices = kParticipantKinds},
     {.name = "label",
      .type = Type::text,
      .label = {"nom ou code (code pseudonyme pour un parent)", "name or code (a pseudonymous code for a parent)"},
      .required = true,
      .min = 2,
      .max = 100},
     {.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}, .nullable = true},
     {.name = "status",
      .type = Type::choice,
      .label = {"inscription", "registration"},
      .required = true,
      .choices = kRegistrations},
     {.name = "shares_contact",
      .type = Type::boolean,
      .label = {"partage ses coordonnées dans le cahier du participant", "shares contact in the participant notebook"}},
     {.name = "email",
      .type = Type::text,
      .label = {"courriel", "e-mail"},
      .max = 200,
      .format = fields::Format::email},
     {.name = "phone", .type = Type::text, .label = {"téléphone", "phone"}, .max = 40, .format = fields::Format::phone},
     {.name = "family_id",
      .type = Type::id,
      .label = {"famille du journal (parent, avec son consentement)",
                "family of the journal (parent, with its consent)"},
      .nullable = true},
     {.name = "family_code", .type = Type::text, .nullable = true, .access = Access::read_only},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kSessionFields{
    "GroupSession",
    {fields::kId,
     fields::kVersion,
     kGroupId,
     {.name = "number",
      .type = Type::integer,
      .label = {"numéro de la rencontre", "session number"},
      .required = true,
      .low = 1,
      .high = 100},
     {.name = "held_on",
      .type = Type::date,
      .label = {"date de la rencontre", "date of the session"},
      .required = true},
     {.name = "place", .type = Type::text, .label = {"lieu", "place"}, .max = 200},
     {.name = "theme", .type = Type::text, .label = {"thème", "theme"}, .max = 200},
     {.name = "host_organization_id",
      .type = Type::id,
      .label = {"organisme hôte", "host organization"},
      .nullable = true},
     {.name = "children_in_care", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "interpreters", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "delivered_items", .type = Type::text_list, .access = Access::read_only},
     {.name = "attendance_taken", .type = Type::boolean, .access = Access::read_only},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kGroupChildFilters{"GroupChildFilters",
                                             {{.name = "group_id", .type = Type::id, .label = {"groupe", "group"}}}};

const fields::Description kAttendanceFields{
    "GroupAttendance",
    {{.name = "session_id", .type = Type::id, .access = Access::read_only},
     fields::kVersion,
     {.name = "present", .type = Type::id_list, .label = {"présents", "present"}, .max_items = 200},
     {.name = "excused", .type = Type::id_list, .label = {"absents motivés", "excused"}, .max_items = 200},
     {.name = "absent", .type = Type::id_list, .label = {"absents", "absent"}, .max_items = 200},
     {.name = "children_in_care",
      .type = Type::integer,
      .label = {"enfants au coin des tout-petits", "children in the child-care corner"},
      .low = 0,
      .high = 200},
     {.name = "interpreters", .type = Type::integer, .label = {"interprètes", "interpreters"}, .low = 0, .high = 50},
     {.name = "delivered_items",
      .type = Type::text_list,
      .label = {"éléments de la grille de conformité livrés", "fidelity checklist items delivered"},
      .min = 2,
      .max = 200,
      .max_items = 30}}};

// A dimension of the observation grid: its rating (1–4) and its comment.
#define FILET_GRID_FIELDS(dim, fr, en)                                                                       \
  {.name = dim "_rating",                                                                                    \
   .type = Type::integer,                                                                                    \
   .label = {fr " (cote de 1 à 4)", en " (rating 1 to 4)"},                                                  \
   .low = 1,                                                                                                 \
   .high = 4,                                                                                                \
   .nullable = true},                                                                                        \
  {                                                                                                          \
    .name = dim "_comment", .type = Type::text, .label = {fr " (commentaire)", en " (comment)"}, .max = 4000 \
  }

const fields::Description kLogbookFields{
    "GroupLogbook",
    {{.name = "session_id", .type = Type::id, .access = Access::read_only},
     fields::kVersion,
     FILET_GRID_FIELDS("participation", "participation", "participation"),
     FILET_GRID_FIELDS("trust", "climat de confiance", "climate of trust"),
     FILET_GRID_FIELDS("frame", "respect du cadre de codéveloppement", "respect of the co-development frame"),
     FILET_GRID_FIELDS("links", "liens entre les participants", "links between participants"),
     FILET_GRID_FIELDS("practices", "pratiques prometteuses", "promising practices"),
     {.name = "notes", .type = Type::text, .label = {"notes libres", "free notes"}, .max = 20000},
     {.name = "written_by", .type = Type::id, .nullable = true, .access = Access::read_only},
     {.name = "created_at", .type = Type::timestamp, .nullable = true, .access = Access::read_only},
     {.name = "updated_at", .type = Type::timestamp, .nullable = true, .access = Access::read_only}}};
#undef FILET_GRID_FIELDS

Result<GroupChanges> decode_group(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kGroupFields, mode);
  GroupChanges c;
  c.organization_id = in.text("organization_id");
  c.program_id = in.text("program_id");
  c.name = in.text("name");
  c.kind = in.text("kind");
  c.cohort = in.text("cohort");
  c.territory_id = in.text("territory_id");
  c.facilitator_ids = in.list("facilitator_ids");
  c.host_organization_ids = in.list("host_organization_ids");
  c.starts_on = in.text("starts_on");
  c.ends_on = in.text("ends_on");
  TRY_VOID(in.finish());
  return c;
}

Result<ParticipantChanges> decode_participant(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kParticipantFields, mode);
  ParticipantChanges c;
  c.group_id = in.text("group_id");
  c.kind = in.text("kind");
  c.label = in.text("label");
  c.organization_id = in.text("organization_id");
  c.status = in.text("status");
  c.shares_contact = in.boolean("shares_contact");
  c.email = in.text("email");
  c.phone = in.text("phone");
  c.family_id = in.text("family_id");
  TRY_VOID(in.finish());
  return c;
}

Result<SessionChanges> decode_session(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kSessionFields, mode);
  SessionChanges c;
  c.group_id = in.text("group_id");
  c.number = in.integer("number");
  c.held_on = in.text("held_on");
  c.place = in.text("place");
  c.theme = in.text("theme");
  c.host_organization_id = in.text("host_organization_id");
  TRY_VOID(in.finish());
  return c;
}

Result<Attendance> decode_attendance(const boost::json::object& body) {
  fields::Reader in(body, kAttendanceFields, fields::Mode::create);
  Attendance a;
  std::set<std::string> seen;
  for (auto status : kPresences) {
    for (const auto& id : in.list(status).value_or(std::vector<std::string>{})) {
      if (!seen.insert(id).second) in.add({std::string(status), FieldCode::duplicate, id});
      a.presences.push_back({id, std::string(status)});
    }
  }
  a.children_in_care = in.integer("children_in_care").value_or(std::nullopt).value_or(0);
  a.interpreters = in.integer("interpreters").value_or(std::nullopt).value_or(0);
  a.delivered_items = in.list("delivered_items").value_or(std::vector<std::string>{});
  TRY_VOID(in.finish());
  return a;
}

Result<Logbook> decode_logbook(const boost::json::object& body) {
  fields::Reader in(body, kLogbookFields, fields::Mode::create);
  Logbook l;
  for (auto dim : kGridDimensions) {
    const std::string name(dim);
    l.grid.push_back(
        {name, in.integer(name + "_rating").value_or(std::nullopt), in.text(name + "_comment").value_or("")});
  }
  l.notes = in.text("notes").value_or("");
  TRY_VOID(in.finish());
  return l;
}

boost::json::object to_json(const Group& g) {
  return {{"id", g.id},
          {"version", g.version},
          {"organization_id", g.organization_id},
          {"program_id", text_or_null(g.program_id)},
          {"name", g.name},
          {"kind", g.kind},
          {"cohort", g.cohort},
          {"territory_id", text_or_null(g.territory_id)},
          {"facilitator_ids", array_of(g.facilitator_ids)},
          {"host_organization_ids", array_of(g.host_organization_ids)},
          {"starts_on", text_or_null(g.starts_on)},
          {"ends_on", text_or_null(g.ends_on)},
          {"created_at", g.created_at},
          {"updated_at", g.updated_at}};
}

boost::json::object to_json(const Participant& p) {
  return {{"id", p.id},
          {"version", p.version},
          {"group_id", p.group_id},
          {"kind", p.kind},
          {"label", p.label},
          {"organization_id", text_or_null(p.organization_id)},
          {"status", p.status},
          {"shares_contact", p.shares_contact},
          {"email", p.email},
          {"phone", p.phone},
          {"family_id", text_or_null(p.family_id)},
          {"family_code", text_or_null(p.family_code)},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

boost::json::object to_json(const Session& s) {
  return {{"id", s.id},
          {"version", s.version},
          {"group_id", s.group_id},
          {"number", s.number},
          {"held_on", s.held_on},
          {"place", s.place},
          {"theme", s.theme},
          {"host_organization_id", text_or_null(s.host_organization_id)},
          {"children_in_care", s.children_in_care},
          {"interpreters", s.interpreters},
          {"delivered_items", array_of(s.delivered_items)},
          {"attendance_taken", s.attendance_taken},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

boost::json::object to_json(const Logbook& l) {
  boost::json::object o{{"session_id", l.session_id}, {"version", l.version}};
  for (const auto& e : l.grid) {
    o[e.dimension + "_rating"] = e.rating ? boost::json::value(*e.rating) : boost::json::value(nullptr);
    o[e.dimension + "_comment"] = e.comment;
  }
  o["notes"] = l.notes;
  o["written_by"] = text_or_null(l.written_by);
  o["created_at"] = text_or_null(l.created_at);
  o["updated_at"] = text_or_null(l.updated_at);
  return o;
}

boost::json::object to_json(const Attendance& a) {
  boost::json::object o{{"session_id", a.session_id},
                        {"version", a.version.value_or(1)},
                        {"children_in_care", a.children_in_care},
                        {"interpreters", a.interpreters},
                        {"delivered_items", array_of(a.delivered_items)}};
  for (auto status : kPresences) {
    boost::json::array ids;
    for (const auto& p : a.presences)
      if (p.status == status) ids.emplace_back(p.participant_id);
    o[status] = std::move(ids);
  }
  return o;
}

}  // namespace filet::groups
