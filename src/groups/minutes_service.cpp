#include "groups/minutes_service.hpp"

#include <algorithm>

#include "audit/audit_log.hpp"
#include "common/clock.hpp"
#include "core/record_version.hpp"
#include "groups/group_repository.hpp"
#include "groups/minutes_fields.hpp"

namespace filet::groups {
namespace repo = group_repository;

Result<SessionMinutes> MinutesService::minutes(const Requester& who, const std::string& session_id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  TRY_VOID(repo::find_session(scoped, who.reach(), session_id));
  return minutes_repository::minutes_of(scoped, session_id);
}

Result<SessionMinutes> MinutesService::keep_minutes(const Requester& who, const std::string& session_id,
                                                    SessionMinutes m, std::optional<int64_t> version) {
  const auto reach = who.reach();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto s = TRY(repo::find_session(scoped, reach, session_id));
  auto g = TRY(repo::find_group(scoped, reach, s.group_id));
  const bool facilitates = std::ranges::find(g.facilitator_ids, who.principal.user_id) != g.facilitator_ids.end();
  TRY_VOID(auth::may_keep_minutes(who.principal, who.scope, g.organization_id, facilitates));
  TRY_VOID(check(m, s.held_on));
  auto kept = TRY(minutes_repository::minutes_of(scoped, session_id));
  auto current = [&]() -> Result<boost::json::value> {
    return to_json(TRY(minutes_repository::minutes_of(scoped, session_id)));
  };
  if (version && *version != kept.version) return fail(core::version_conflict(TRY(current())));
  m.session_id = session_id;
  m.written_by = who.principal.user_id;
  m.updated_at = clock::now_iso();
  TRY_VOID(core::with_current(minutes_repository::save_minutes(scoped, m, kept.version), current));
  TRY_VOID(audit::record(*c, who.actor, {"update", "group_minutes", session_id, g.organization_id}));
  TRY_VOID(tx.commit());
  return minutes_repository::minutes_of(scoped, session_id);
}

Result<std::vector<ActivityRow>> MinutesService::activity(const Requester& who,
                                                          minutes_repository::ActivityFilters filters) {
  if (!filters.from.empty() && !filters.to.empty() && filters.to < filters.from)
    return fail(Error::field(ErrorCode::bad_query, "to", FieldCode::before_other, "from"));
  filters.held_by = clock::now_iso().substr(0, 10);
  const auto reach = who.reach();
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return group_activity(TRY(minutes_repository::session_tallies(scoped, reach, filters)),
                        TRY(minutes_repository::attendance_tallies(scoped, reach, filters)));
}

}  // namespace filet::groups
