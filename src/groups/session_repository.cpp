#include "groups/session_repository.hpp"

#include <boost/json.hpp>

#include "db/record_version.hpp"
#include "groups/group_repository.hpp"

namespace filet::groups::session_repository {
namespace {

std::string grid_json(const std::vector<GridEntry>& grid) {
  boost::json::object o;
  for (const auto& e : grid) {
    boost::json::object entry{{"comment", e.comment}};
    entry["rating"] = e.rating ? boost::json::value(*e.rating) : boost::json::value(nullptr);
    o[e.dimension] = std::move(entry);
  }
  return boost::json::serialize(o);
}

std::vector<GridEntry> grid_of(const std::string& text) {
  boost::system::error_code ec;
  auto v = boost::json::parse(text, ec);
  std::vector<GridEntry> grid;
  for (auto dim : kGridDimensions) {
    GridEntry e{std::string(dim), std::nullopt, ""};
    if (!ec && v.is_object())
      if (auto* entry = v.as_object().if_contains(dim); entry && entry->is_object()) {
        if (auto* r = entry->as_object().if_contains("rating"); r && r->is_int64()) e.rating = r->as_int64();
        if (auto* t = entry->as_object().if_contains("comment"); t && t->is_string()) e.comment = t->as_string();
      }
    grid.push_back(e);
  }
  return grid;
}

}  // namespace

Result<std::vector<Presence>> presences_of(db::ScopedConnection& c, const std::string& session_id) {
  std::vector<Presence> out;
  for (const auto& r :
       TRY(c.query("SELECT participant_id, status FROM group_attendance WHERE session_id = ? ORDER BY participant_id",
                   {session_id})))
    out.push_back({r.text(0), r.text(1)});
  return out;
}

Result<std::vector<std::pair<std::string, Presence>>> presences_of_group(db::ScopedConnection& c,
                                                                         const std::string& group_id) {
  std::vector<std::pair<std::string, Presence>> out;
  for (const auto& r :
       TRY(c.query("SELECT a.session_id, a.participant_id, a.status FROM group_attendance a JOIN group_sessions s ON "
                   "s.id = a.session_id WHERE s.group_id = ? ORDER BY a.session_id, a.participant_id",
                   {group_id})))
    out.push_back({r.text(0), {r.text(1), r.text(2)}});
  return out;
}

Result<void> replace_presences(db::ScopedConnection& c, const std::string& session_id,
                               const std::vector<Presence>& presences) {
  TRY_VOID(c.execute("DELETE FROM group_attendance WHERE session_id = ?", {session_id}));
  for (const auto& p : presences)
    TRY_VOID(c.execute("INSERT INTO group_attendance (session_id, participant_id, status) VALUES (?, ?, ?)",
                       {session_id, p.participant_id, p.status}));
  return {};
}

Result<Logbook> logbook_of(db::ScopedConnection& c, const std::string& session_id) {
  auto rows = TRY(c.query(
      "SELECT grid, notes, written_by, created_at, updated_at, version FROM group_logbooks WHERE session_id = ?",
      {session_id}));
  Logbook l;
  l.session_id = session_id;
  if (rows.empty()) {
    l.grid = grid_of("{}");
    return l;
  }
  const auto& r = rows.front();
  l.grid = grid_of(r.text(0));
  l.notes = r.text(1);
  l.written_by = r.text(2);
  l.created_at = r.text(3);
  l.updated_at = r.text(4);
  l.version = r.integer(5);
  return l;
}

Result<void> save_logbook(db::ScopedConnection& c, const Logbook& l, int64_t version) {
  // A first write made meanwhile by another facilitator is a version conflict, as an update's.
  if (version == 0)
    return db::one_row_changed(TRY(c.execute(
        "INSERT INTO group_logbooks (session_id, grid, notes, written_by, created_at, updated_at, version) VALUES (?, "
        "?, ?, ?, ?, ?, 1) ON CONFLICT (session_id) DO NOTHING",
        {l.session_id, grid_json(l.grid), l.notes, db::null_if_empty(l.written_by), l.updated_at, l.updated_at})));
  return db::one_row_changed(TRY(c.execute(
      "UPDATE group_logbooks SET grid = ?, notes = ?, written_by = ?, updated_at = ?, version = version + 1 WHERE "
      "session_id = ? AND version = ?",
      {grid_json(l.grid), l.notes, db::null_if_empty(l.written_by), l.updated_at, l.session_id, version})));
}

Result<std::vector<ParticipationRow>> participation_rows(db::ScopedConnection& c, const auth::GroupReach& reach,
                                                         const std::string& program_id, const std::string& cohort) {
  db::Where where;
  group_repository::reachable(where, reach);
  where.add("p.kind = 'practitioner' AND p.status IN ('registered', 'withdrew')");
  if (!program_id.empty()) where.add("g.program_id = ?", {program_id});
  if (!cohort.empty()) where.add("g.cohort = ?", {cohort});
  std::vector<ParticipationRow> rows;
  TRY_VOID(c.each(
      "SELECT g.territory_id, t.name, p.organization_id, o.sector, COUNT(*) FROM group_participants p JOIN work_groups "
      "g ON g.id = p.group_id LEFT JOIN territories t ON t.id = g.territory_id LEFT JOIN organizations o ON o.id = "
      "p.organization_id" +
          where.sql() + " GROUP BY g.territory_id, t.name, p.organization_id, o.sector",
      where.params(), [&](const db::Row& r) {
        rows.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.integer(4)});
        return true;
      }));
  return rows;
}

}  // namespace filet::groups::session_repository
