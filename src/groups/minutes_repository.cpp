#include "groups/minutes_repository.hpp"

#include "db/record_version.hpp"
#include "groups/group_repository.hpp"

namespace filet::groups::minutes_repository {
namespace {

db::Value optional_value(const std::optional<int64_t>& v) {
  return v ? db::Value{*v} : db::Value{};
}

Result<void> replace_decisions(db::ScopedConnection& c, const SessionMinutes& m) {
  TRY_VOID(c.execute("DELETE FROM group_decisions WHERE session_id = ?", {m.session_id}));
  for (size_t i = 0; i < m.decisions.size(); ++i) {
    const auto& d = m.decisions[i];
    TRY_VOID(c.execute(
        "INSERT INTO group_decisions (session_id, position, text, responsible, due_on) VALUES (?, ?, ?, ?, ?)",
        {m.session_id, static_cast<int64_t>(i + 1), d.text, d.responsible, db::null_if_empty(d.due_on)}));
  }
  return {};
}

// The sessions held in the filters' days, of the groups `reach` holds (sessions aliased s, their
// groups g).
db::Where held(const auth::GroupReach& reach, const ActivityFilters& f) {
  db::Where where;
  group_repository::reachable(where, reach);
  where.add("s.held_on <= ?", {f.held_by});
  if (!f.from.empty()) where.add("s.held_on >= ?", {f.from});
  if (!f.to.empty()) where.add("s.held_on <= ?", {f.to});
  if (!f.program_id.empty()) where.add("g.program_id = ?", {f.program_id});
  return where;
}

}  // namespace

Result<SessionMinutes> minutes_of(db::ScopedConnection& c, const std::string& session_id) {
  SessionMinutes m;
  m.session_id = session_id;
  auto rows = TRY(c.query(
      "SELECT duration_minutes, minutes, written_by, created_at, updated_at, version FROM group_session_minutes "
      "WHERE session_id = ?",
      {session_id}));
  if (rows.empty()) return m;
  const auto& r = rows.front();
  m.duration_minutes = r.optional_integer(0);
  m.minutes = r.text(1);
  m.written_by = r.text(2);
  m.created_at = r.text(3);
  m.updated_at = r.text(4);
  m.version = r.integer(5);
  TRY_VOID(c.each("SELECT text, responsible, due_on FROM group_decisions WHERE session_id = ? ORDER BY position",
                  {session_id}, [&](const db::Row& d) {
                    m.decisions.push_back({d.text(0), d.text(1), d.text(2)});
                    return true;
                  }));
  return m;
}

Result<void> save_minutes(db::ScopedConnection& c, const SessionMinutes& m, int64_t version) {
  // A first writing made meanwhile by someone else is a version conflict, as an update's.
  if (version == 0)
    TRY_VOID(db::one_row_changed(TRY(
        c.execute("INSERT INTO group_session_minutes (session_id, duration_minutes, minutes, written_by, created_at, "
                  "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (session_id) DO NOTHING",
                  {m.session_id, optional_value(m.duration_minutes), m.minutes, db::null_if_empty(m.written_by),
                   m.updated_at, m.updated_at}))));
  else
    TRY_VOID(db::one_row_changed(TRY(c.execute(
        "UPDATE group_session_minutes SET duration_minutes = ?, minutes = ?, written_by = ?, updated_at = ?, version "
        "= version + 1 WHERE session_id = ? AND version = ?",
        {optional_value(m.duration_minutes), m.minutes, db::null_if_empty(m.written_by), m.updated_at, m.session_id,
         version}))));
  return replace_decisions(c, m);
}

Result<std::vector<SessionTally>> session_tallies(db::ScopedConnection& c, const auth::GroupReach& reach,
                                                  const ActivityFilters& f) {
  auto where = held(reach, f);
  const auto period = db::dialect::period_of(c.engine(), f.period, "s.held_on");
  std::vector<SessionTally> out;
  TRY_VOID(c.each(
      "SELECT " + period +
          ", g.kind, COUNT(DISTINCT g.id), COUNT(*), SUM(CASE WHEN m.duration_minutes IS NULL THEN 1 ELSE 0 END), "
          "COALESCE(SUM(m.duration_minutes), 0), COALESCE(SUM(d.n), 0) FROM group_sessions s JOIN work_groups g ON "
          "g.id = s.group_id LEFT JOIN group_session_minutes m ON m.session_id = s.id LEFT JOIN (SELECT session_id, "
          "COUNT(*) AS n FROM group_decisions GROUP BY session_id) d ON d.session_id = s.id" +
          where.sql() + " GROUP BY 1, 2",
      where.params(), [&](const db::Row& r) {
        out.push_back({r.text(0), r.text(1), r.integer(2), r.integer(3), r.integer(4), r.integer(5), r.integer(6)});
        return true;
      }));
  return out;
}

Result<std::vector<AttendanceTally>> attendance_tallies(db::ScopedConnection& c, const auth::GroupReach& reach,
                                                        const ActivityFilters& f) {
  auto where = held(reach, f);
  where.add("a.status = 'present'");
  const auto period = db::dialect::period_of(c.engine(), f.period, "s.held_on");
  std::vector<AttendanceTally> out;
  TRY_VOID(c.each(
      "SELECT " + period +
          ", g.kind, COUNT(*), COUNT(DISTINCT a.participant_id), COUNT(DISTINCT CASE WHEN p.kind = "
          "'parent' THEN a.participant_id END), COUNT(DISTINCT p.organization_id), "
          "COALESCE(SUM(m.duration_minutes), 0) FROM group_attendance a JOIN group_sessions s ON s.id = "
          "a.session_id JOIN work_groups g ON g.id = s.group_id JOIN group_participants p ON p.id = "
          "a.participant_id LEFT JOIN group_session_minutes m ON m.session_id = s.id" +
          where.sql() + " GROUP BY 1, 2",
      where.params(), [&](const db::Row& r) {
        out.push_back({r.text(0), r.text(1), r.integer(2), r.integer(3), r.integer(4), r.integer(5), r.integer(6)});
        return true;
      }));
  return out;
}

}  // namespace filet::groups::minutes_repository
