#include "groups/minutes_routes.hpp"

#include "api/responses.hpp"
#include "groups/group_routes.hpp"
#include "groups/minutes_fields.hpp"

namespace filet::groups {
namespace {

boost::json::object activity_json(const std::vector<ActivityRow>& rows, std::string_view period) {
  boost::json::array out;
  for (const auto& r : rows)
    out.push_back(boost::json::object{{"period", r.period},
                                      {"kind", r.kind},
                                      {"groups", r.sessions.groups},
                                      {"sessions", r.sessions.sessions},
                                      {"sessions_without_duration", r.sessions.sessions_without_duration},
                                      {"hours_delivered_minutes", r.sessions.minutes},
                                      {"attendances", r.attendance.attendances},
                                      {"participants", r.attendance.participants},
                                      {"parents", r.attendance.parents},
                                      {"organizations", r.attendance.organizations},
                                      {"person_minutes", r.attendance.person_minutes},
                                      {"decisions", r.sessions.decisions}});
  return {{"period", period}, {"rows", std::move(out)}};
}

}  // namespace

void add_minutes_routes(api::Api& api, MinutesService& minutes) {
  constexpr auto kWork = auth::Permission::work_groups;
  api.add_entity_schemas(kMinutesFields);
  api.add_schema(kActivityFields, fields::Purpose::record);
  api.add(api::Route{"GET", "/api/v1/group-sessions/{id}/minutes", kWork,
                     [&minutes](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       return api::json_response(to_json(TRY(minutes.minutes(requester(ctx), id))));
                     },
                     "A session's record: how long it lasted, its minutes and decisions (whoever reaches the group)"}
              .with_schemas("", "GroupSessionMinutes"));
  // May wait in a facilitator's outbox, as attendance and the logbook.
  auto keep = api::Route{"PUT", "/api/v1/group-sessions/{id}/minutes", kWork,
                         [&minutes](api::Context& ctx) -> Result<http::Response> {
                           auto id = TRY(api::id_param(ctx));
                           auto object = TRY(api::body(ctx));
                           auto version = TRY(api::take_version(object));
                           auto m = TRY(decode_minutes(object));
                           return api::json_response(
                               to_json(TRY(minutes.keep_minutes(requester(ctx), id, std::move(m), version))));
                         },
                         "Keep a session's length, minutes and decisions (its facilitators and planners)"}
                  .with_schemas("GroupSessionMinutesUpdate", "GroupSessionMinutes", 200)
                  .with_version_conflict("GroupSessionMinutes");
  keep.batchable = true;
  api.add(std::move(keep));
  api.add(api::Route{"GET", "/api/v1/group-reports/activity", kWork,
                     [&minutes](api::Context& ctx) -> Result<http::Response> {
                       minutes_repository::ActivityFilters f;
                       f.from = TRY(api::date_query_param(ctx.request, "from"));
                       f.to = TRY(api::date_query_param(ctx.request, "to"));
                       f.program_id = TRY(api::id_query_param(ctx.request, "program_id"));
                       auto period = TRY(api::choice_param(ctx.request, kActivityQueryFields.field("period")));
                       if (period.empty()) period = "fiscal_year";
                       f.period = period == "year" ? db::dialect::Period::year : db::dialect::Period::fiscal_year;
                       return api::json_response(activity_json(TRY(minutes.activity(requester(ctx), f)), period));
                     },
                     "The activity of the groups the reader reaches, per fiscal or calendar year and kind: "
                     "sessions held and their hours, attendances, participants, parents, organizations, "
                     "person-hours, decisions"}
              .with_schemas("", "GroupActivity")
              .with_query({&kActivityQueryFields}));
}

}  // namespace filet::groups
