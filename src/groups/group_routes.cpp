#include "groups/group_routes.hpp"

#include "api/attachment.hpp"
#include "api/resource.hpp"
#include "groups/cohort_export.hpp"
#include "groups/group_fields.hpp"
#include "groups/group_report.hpp"
#include "groups/participation_export.hpp"

namespace filet::groups {
namespace {

Result<ParticipationTables> participation_of(SessionService& sessions, api::Context& ctx) {
  auto program_id = TRY(api::id_query_param(ctx.request, "program_id"));
  auto cohort = TRY(api::search_text_param(ctx.request, "cohort"));
  return sessions.participation(requester(ctx), program_id, cohort);
}

}  // namespace

void add_group_routes(api::Api& api, GroupService& groups, SessionService& sessions) {
  // Coordinators, managers, evaluators and facilitators; the services ask the policy who plans,
  // who records in the room and who reads the logbook (auth/group_policy.hpp).
  constexpr auto kWork = auth::Permission::work_groups;
  api::add_resource<GroupProgram, GroupProgramChanges>(
      api,
      {.path = "/api/v1/group-programs",
       .sorts = group_repository::kProgramSorts,
       .fields = kProgramFields,
       .list = {kWork, "List programs of sessions (group templates)"},
       .get = {kWork, "Read a program of sessions"},
       .create = {kWork, "Make a program of sessions (coordinators, managers)"},
       .update = {kWork, "Change a program of sessions"},
       .list_records = [&groups](api::Context& ctx,
                                 const db::ListQuery& q) { return groups.list_programs(requester(ctx), q); },
       .get_record = [&groups](api::Context& ctx,
                               const std::string& id) { return groups.get_program(requester(ctx), id); },
       .decode = decode_program,
       .create_record = [&groups](api::Context& ctx,
                                  const GroupProgramChanges& c) { return groups.create_program(requester(ctx), c); },
       .update_record = [&groups](
                            api::Context& ctx, const std::string& id,
                            const GroupProgramChanges& c) { return groups.update_program(requester(ctx), id, c); }});
  api::add_resource<Group, GroupChanges>(
      api, {.path = "/api/v1/groups",
            .sorts = group_repository::kGroupSorts,
            .fields = kGroupFields,
            .filters = &kGroupFilters,
            .list = {kWork, "List the groups the reader plans, evaluates or facilitates"},
            .get = {kWork, "Read a group"},
            .create = {kWork, "Plan a group (coordinators, managers)"},
            .update = {kWork, "Change a group"},
            .list_records = [&groups](api::Context& ctx, const db::ListQuery& q) -> Result<db::Page<Group>> {
              group_repository::GroupFilters f;
              f.program_id = TRY(api::id_query_param(ctx.request, "program_id"));
              f.cohort = TRY(api::search_text_param(ctx.request, "cohort"));
              return groups.list_groups(requester(ctx), f, q);
            },
            .get_record = [&groups](api::Context& ctx,
                                    const std::string& id) { return groups.get_group(requester(ctx), id); },
            .decode = decode_group,
            .create_record = [&groups](api::Context& ctx,
                                       const GroupChanges& c) { return groups.create_group(requester(ctx), c); },
            .update_record = [&groups](api::Context& ctx, const std::string& id,
                                       const GroupChanges& c) { return groups.update_group(requester(ctx), id, c); }});
  api::add_resource<Participant, ParticipantChanges>(
      api,
      {.path = "/api/v1/group-participants",
       .sorts = group_repository::kParticipantSorts,
       .fields = kParticipantFields,
       .filters = &kGroupChildFilters,
       .list = {kWork, "List participants of the groups the reader reaches (managers: their organization's)"},
       .get = {kWork, "Read a participant"},
       .create = {kWork, "Register a participant in a group (coordinators, managers)"},
       .update = {kWork, "Change a participant's registration"},
       .list_records = [&groups](api::Context& ctx, const db::ListQuery& q) -> Result<db::Page<Participant>> {
         return groups.list_participants(requester(ctx), TRY(api::id_query_param(ctx.request, "group_id")), q);
       },
       .get_record = [&groups](api::Context& ctx,
                               const std::string& id) { return groups.get_participant(requester(ctx), id); },
       .decode = decode_participant,
       .create_record = [&groups](api::Context& ctx,
                                  const ParticipantChanges& c) { return groups.create_participant(requester(ctx), c); },
       .update_record = [&groups](
                            api::Context& ctx, const std::string& id,
                            const ParticipantChanges& c) { return groups.update_participant(requester(ctx), id, c); }});
  api::add_resource<Session, SessionChanges>(
      api,
      {.path = "/api/v1/group-sessions",
       .sorts = group_repository::kSessionSorts,
       .fields = kSessionFields,
       .filters = &kGroupChildFilters,
       .list = {kWork, "List sessions of the groups the reader reaches"},
       .get = {kWork, "Read a session"},
       .create = {kWork, "Plan a session (its theme from the program unless adjusted)"},
       .update = {kWork, "Change a session's date, place, theme or host"},
       .list_records = [&groups](api::Context& ctx, const db::ListQuery& q) -> Result<db::Page<Session>> {
         return groups.list_sessions(requester(ctx), TRY(api::id_query_param(ctx.request, "group_id")), q);
       },
       .get_record = [&groups](api::Context& ctx,
                               const std::string& id) { return groups.get_session(requester(ctx), id); },
       .decode = decode_session,
       .create_record = [&groups](api::Context& ctx,
                                  const SessionChanges& c) { return groups.create_session(requester(ctx), c); },
       .update_record = [&groups](api::Context& ctx, const std::string& id,
                                  const SessionChanges& c) { return groups.update_session(requester(ctx), id, c); }});

  // Records with their Update bodies (the Create and Page schemas come along unused).
  api.add_entity_schemas(kAttendanceFields);
  api.add_entity_schemas(kLogbookFields);
  api.add_schema(kGroupReportFields, fields::Purpose::record);
  api.add_schema(kParticipationFields, fields::Purpose::record);
  api.add(api::Route{"GET", "/api/v1/group-reports/participation", kWork,
                     [&sessions](api::Context& ctx) -> Result<http::Response> {
                       return api::json_response(to_json(TRY(participation_of(sessions, ctx))));
                     },
                     "Organizations and practitioners taking part, by territory (seed 000's Table 2) and "
                     "organizations by sector (Table 3), of the groups the reader reaches"}
              .with_schemas("", "GroupParticipation")
              .with_query({&kParticipationQueryFields}));
  api.add(api::Route{"GET", "/api/v1/group-reports/participation/export", kWork,
                     [&sessions](api::Context& ctx) -> Result<http::Response> {
                       auto format = TRY(api::choice_param(ctx.request, kParticipationExportFields.field("format")));
                       auto lang = TRY(api::choice_param(ctx.request, kParticipationExportFields.field("lang")));
                       std::shared_ptr<exports::ExportStream> stream =
                           TRY(participation_export(TRY(participation_of(sessions, ctx)),
                                                    format == "xlsx" ? exports::Format::xlsx : exports::Format::csv,
                                                    lang == "en" ? exports::Language::en : exports::Language::fr));
                       return api::attachment(std::move(stream), "filet-participation");
                     },
                     "Table 2 (organizations and practitioners by territory) as CSV or XLSX"}
              .with_query({&kParticipationQueryFields, &kParticipationExportFields}));
  api.add_schema(kCohortReportFields, fields::Purpose::record);
  api.add(api::Route{"GET", "/api/v1/group-reports/cohorts", kWork,
                     [&sessions](api::Context& ctx) -> Result<http::Response> {
                       auto program_id = TRY(api::id_query_param(ctx.request, "program_id"));
                       return api::json_response(to_json(TRY(sessions.cohorts(requester(ctx), program_id))));
                     },
                     "Attendance and retention per cohort (the groups of a program sharing a cohort) of the "
                     "groups the reader reaches; small counts hidden outside the reader's organization"}
              .with_schemas("", "GroupCohortReport")
              .with_query({&kCohortQueryFields}));
  api.add(api::Route{"GET", "/api/v1/group-reports/cohorts/export", kWork,
                     [&sessions](api::Context& ctx) -> Result<http::Response> {
                       auto format = TRY(api::choice_param(ctx.request, kParticipationExportFields.field("format")));
                       auto lang = TRY(api::choice_param(ctx.request, kParticipationExportFields.field("lang")));
                       auto program_id = TRY(api::id_query_param(ctx.request, "program_id"));
                       std::shared_ptr<exports::ExportStream> stream =
                           TRY(cohort_export(TRY(sessions.cohorts(requester(ctx), program_id)),
                                             format == "xlsx" ? exports::Format::xlsx : exports::Format::csv,
                                             lang == "en" ? exports::Language::en : exports::Language::fr));
                       return api::attachment(std::move(stream), "filet-cohorts");
                     },
                     "Attendance and retention per cohort as CSV or XLSX"}
              .with_query({&kCohortQueryFields, &kParticipationExportFields}));
  api.add(api::Route{"GET", "/api/v1/group-sessions/{id}/attendance", kWork,
                     [&sessions](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       return api::json_response(to_json(TRY(sessions.attendance(requester(ctx), id))));
                     },
                     "Who came to a session, the child-care corner, interpreters, checklist items delivered"}
              .with_schemas("", "GroupAttendance"));
  // Attendance and the logbook may wait in a facilitator's outbox when the room has no network,
  // and come as items of POST /api/v1/batch (their version catches a change made meanwhile).
  auto take_attendance = api::Route{"PUT", "/api/v1/group-sessions/{id}/attendance", kWork,
                                    [&sessions](api::Context& ctx) -> Result<http::Response> {
                                      auto id = TRY(api::id_param(ctx));
                                      auto object = TRY(api::body(ctx));
                                      auto version = TRY(api::take_version(object));
                                      auto attendance = TRY(decode_attendance(object));
                                      attendance.version = version;
                                      return api::json_response(to_json(
                                          TRY(sessions.take_attendance(requester(ctx), id, std::move(attendance)))));
                                    },
                                    "Take attendance in the room (the group's facilitators)"}
                             .with_schemas("GroupAttendanceUpdate", "GroupAttendance", 200)
                             .with_version_conflict("GroupAttendance");
  take_attendance.batchable = true;
  api.add(std::move(take_attendance));
  api.add(api::Route{"GET", "/api/v1/group-sessions/{id}/logbook", kWork,
                     [&sessions](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       return api::json_response(to_json(TRY(sessions.logbook(requester(ctx), id))));
                     },
                     "The facilitators' logbook of a session (its facilitators and evaluators only)"}
              .with_schemas("", "GroupLogbook"));
  auto write_logbook = api::Route{"PUT", "/api/v1/group-sessions/{id}/logbook", kWork,
                                  [&sessions](api::Context& ctx) -> Result<http::Response> {
                                    auto id = TRY(api::id_param(ctx));
                                    auto object = TRY(api::body(ctx));
                                    auto version = TRY(api::take_version(object));
                                    auto logbook = TRY(decode_logbook(object));
                                    return api::json_response(to_json(
                                        TRY(sessions.write_logbook(requester(ctx), id, std::move(logbook), version))));
                                  },
                                  "Write the logbook after a session (the group's facilitators)"}
                           .with_schemas("GroupLogbookUpdate", "GroupLogbook", 200)
                           .with_version_conflict("GroupLogbook");
  write_logbook.batchable = true;
  api.add(std::move(write_logbook));
  api.add(api::Route{"GET", "/api/v1/groups/{id}/report", kWork,
                     [&sessions](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       return api::json_response(TRY(sessions.report(requester(ctx), id)));
                     },
                     "A group's attendance per session, retention, each participant's share and fidelity"}
              .with_schemas("", "GroupReport"));
}

}  // namespace filet::groups
