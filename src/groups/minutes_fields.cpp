#include "groups/minutes_fields.hpp"

#include <boost/json/array.hpp>

#include "common/nested_list.hpp"
#include "groups/field_values.hpp"

namespace filet::groups {
using fields::Access;
using fields::Type;

namespace {
constexpr int64_t kMany = 1'000'000'000'000;
constexpr std::string_view kPeriods[] = {"fiscal_year", "year"};

fields::Field count(std::string_view name) {
  return {.name = name, .type = Type::integer, .high = kMany, .access = Access::read_only};
}

const fields::Description kActivityRowFields{"GroupActivityRow",
                                             {{.name = "period", .type = Type::text, .access = Access::read_only},
                                              {.name = "kind", .type = Type::text, .access = Access::read_only},
                                              count("groups"),
                                              count("sessions"),
                                              count("sessions_without_duration"),
                                              count("hours_delivered_minutes"),
                                              count("attendances"),
                                              count("participants"),
                                              count("parents"),
                                              count("organizations"),
                                              count("person_minutes"),
                                              count("decisions")}};
}  // namespace

const fields::Description kDecisionFields{
    "GroupDecision",
    {{.name = "text", .type = Type::text, .label = {"décision", "decision"}, .required = true, .min = 1, .max = 1000},
     {.name = "responsible", .type = Type::text, .label = {"responsable", "responsible"}, .max = 200},
     {.name = "due_on", .type = Type::date, .label = {"échéance", "due date"}, .nullable = true}}};

const fields::Description kMinutesFields{
    "GroupSessionMinutes",
    {{.name = "session_id", .type = Type::id, .access = Access::read_only},
     fields::kVersion,
     {.name = "duration_minutes",
      .type = Type::integer,
      .label = {"durée (minutes)", "duration (minutes)"},
      .low = 1,
      .high = 1440,
      .nullable = true},
     {.name = "minutes", .type = Type::text, .label = {"compte rendu", "minutes"}, .max = 50000},
     {.name = "decisions",
      .type = Type::object_list,
      .label = {"décisions", "decisions"},
      .max_items = kMaxDecisions,
      .nested = &kDecisionFields},
     {.name = "written_by", .type = Type::id, .nullable = true, .access = Access::read_only},
     {.name = "created_at", .type = Type::timestamp, .nullable = true, .access = Access::read_only},
     {.name = "updated_at", .type = Type::timestamp, .nullable = true, .access = Access::read_only}}};

const fields::Description kActivityQueryFields{
    "GroupActivityQuery",
    {{.name = "from", .type = Type::date, .label = {"du", "from"}},
     {.name = "to", .type = Type::date, .label = {"au", "to"}},
     {.name = "program_id", .type = Type::id, .label = {"programme de rencontres", "program of sessions"}},
     {.name = "period", .type = Type::choice, .label = {"période", "period"}, .choices = kPeriods}}};

const fields::Description kActivityFields{
    "GroupActivity",
    {{.name = "period", .type = Type::choice, .choices = kPeriods, .access = Access::read_only},
     {.name = "rows", .type = Type::object_list, .access = Access::read_only, .nested = &kActivityRowFields}}};

Result<SessionMinutes> decode_minutes(const boost::json::object& body) {
  fields::Reader in(body, kMinutesFields, fields::Mode::create);
  SessionMinutes m;
  m.duration_minutes = in.integer("duration_minutes").value_or(std::nullopt);
  m.minutes = in.text("minutes").value_or("");
  auto decisions = fields::read_nested_list<Decision>(in, "decisions", kDecisionFields, [](fields::Reader& d) {
    return Decision{d.text("text").value_or(""), d.text("responsible").value_or(""), d.text("due_on").value_or("")};
  });
  if (decisions) m.decisions = std::move(*decisions);
  TRY_VOID(in.finish());
  return m;
}

boost::json::object to_json(const SessionMinutes& m) {
  boost::json::array decisions;
  for (const auto& d : m.decisions)
    decisions.push_back(
        boost::json::object{{"text", d.text}, {"responsible", d.responsible}, {"due_on", text_or_null(d.due_on)}});
  return {{"session_id", m.session_id},
          {"version", m.version},
          {"duration_minutes", m.duration_minutes ? boost::json::value(*m.duration_minutes) : nullptr},
          {"minutes", m.minutes},
          {"decisions", std::move(decisions)},
          {"written_by", text_or_null(m.written_by)},
          {"created_at", text_or_null(m.created_at)},
          {"updated_at", text_or_null(m.updated_at)}};
}

}  // namespace filet::groups
