#include "groups/group_repository.hpp"

#include <boost/json.hpp>
#include <map>

#include "db/record_version.hpp"
#include "db/row_sql.hpp"

namespace filet::groups::group_repository {
namespace {

std::string json_list(const std::vector<std::string>& items) {
  boost::json::array a;
  for (const auto& i : items) a.emplace_back(i);
  return boost::json::serialize(a);
}

std::vector<std::string> list_of(const std::string& text) {
  std::vector<std::string> out;
  boost::system::error_code ec;
  auto v = boost::json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& i : v.as_array())
    if (i.is_string()) out.emplace_back(i.as_string());
  return out;
}

db::Params params_of(const std::vector<std::string>& ids) {
  db::Params p;
  for (const auto& id : ids) p.emplace_back(id);
  return p;
}

// --- programs

constexpr std::string_view kProgramSelect =
    "SELECT p.id, p.organization_id, p.name, p.description, p.checklist, p.created_at, p.updated_at, "
    "p.version FROM group_programs p";
constexpr std::string_view kProgramColumns[] = {"name", "description", "checklist", "updated_at"};

GroupProgram program_from(const db::Row& r) {
  return {r.text(0), r.text(1), r.text(2), r.text(3), {}, list_of(r.text(4)), r.text(5), r.text(6), r.integer(7)};
}
db::Params program_values(const GroupProgram& p) {
  return {p.name, p.description, json_list(p.checklist), p.updated_at};
}

// The sessions of `programs`, each with its materials.
Result<void> read_sessions(db::ScopedConnection& c, std::vector<GroupProgram>& programs) {
  if (programs.empty()) return {};
  std::map<std::string, GroupProgram*> by_id;
  db::Params ids;
  for (auto& p : programs) {
    by_id[p.id] = &p;
    ids.emplace_back(p.id);
  }
  const auto in = db::placeholders(ids.size());
  for (const auto& r : TRY(c.query("SELECT program_id, number, theme, description, duration_minutes, objectives, "
                                   "checklist FROM group_program_sessions WHERE program_id IN (" +
                                       in + ") ORDER BY program_id, number",
                                   ids)))
    by_id.at(r.text(0))->sessions.push_back(
        {r.integer(1), r.text(2), r.text(3), r.optional_integer(4), r.text(5), list_of(r.text(6)), {}});
  for (const auto& r : TRY(c.query(
           "SELECT m.id, m.program_id, m.session_number, m.file_id, f.name, f.content_type, f.size_bytes, m.created_at "
           "FROM group_program_materials m JOIN stored_files f ON f.id = m.file_id WHERE m.program_id IN (" +
               in + ") ORDER BY m.session_number, m.created_at, m.id",
           ids))) {
    auto& sessions = by_id.at(r.text(1))->sessions;
    const auto number = r.integer(2);
    if (number >= 1 && number <= static_cast<int64_t>(sessions.size()))
      sessions[static_cast<size_t>(number - 1)].materials.push_back(
          {r.text(0), r.text(1), number, r.text(3), r.text(4), r.text(5), r.integer(6), r.text(7)});
  }
  return {};
}

// The sessions of a program as they are now: every row written again (materials refer to a
// program and a number, not to a row, so they stay).
Result<void> write_sessions(db::ScopedConnection& c, const GroupProgram& p) {
  TRY_VOID(c.execute("DELETE FROM group_program_sessions WHERE program_id = ?", {p.id}));
  for (const auto& s : p.sessions) {
    db::Value duration = s.duration_minutes ? db::Value{*s.duration_minutes} : db::Value{};
    TRY_VOID(c.execute(
        "INSERT INTO group_program_sessions (program_id, number, theme, description, duration_minutes, objectives, "
        "checklist) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {p.id, s.number, s.theme, s.description, duration, s.objectives, json_list(s.checklist)}));
  }
  return {};
}

// --- groups

constexpr std::string_view kGroupSelect =
    "SELECT g.id, g.organization_id, g.program_id, g.name, g.kind, g.cohort, g.territory_id, g.starts_on, g.ends_on, "
    "g.created_at, g.updated_at, g.version FROM work_groups g";
constexpr std::string_view kGroupColumns[] = {"program_id",   "name",      "kind",    "cohort",
                                              "territory_id", "starts_on", "ends_on", "updated_at"};

Group group_from(const db::Row& r) {
  Group g;
  g.id = r.text(0);
  g.organization_id = r.text(1);
  g.program_id = r.text(2);
  g.name = r.text(3);
  g.kind = r.text(4);
  g.cohort = r.text(5);
  g.territory_id = r.text(6);
  g.starts_on = r.text(7);
  g.ends_on = r.text(8);
  g.created_at = r.text(9);
  g.updated_at = r.text(10);
  g.version = r.integer(11);
  return g;
}
db::Params group_values(const Group& g) {
  return {db::null_if_empty(g.program_id),
          g.name,
          g.kind,
          g.cohort,
          db::null_if_empty(g.territory_id),
          db::null_if_empty(g.starts_on),
          db::null_if_empty(g.ends_on),
          g.updated_at};
}

Result<void> read_people(db::ScopedConnection& c, std::vector<Group>& groups) {
  if (groups.empty()) return {};
  std::map<std::string, Group*> by_id;
  db::Params ids;
  for (auto& g : groups) {
    by_id[g.id] = &g;
    ids.emplace_back(g.id);
  }
  const auto in = db::placeholders(ids.size());
  for (const auto& row : TRY(c.query(
           "SELECT group_id, user_id FROM group_facilitators WHERE group_id IN (" + in + ") ORDER BY user_id", ids)))
    by_id.at(row.text(0))->facilitator_ids.push_back(row.text(1));
  for (const auto& row : TRY(c.query(
           "SELECT group_id, organization_id FROM group_hosts WHERE group_id IN (" + in + ") ORDER BY organization_id",
           ids)))
    by_id.at(row.text(0))->host_organization_ids.push_back(row.text(1));
  return {};
}

Result<void> write_people(db::ScopedConnection& c, const Group& g) {
  TRY_VOID(c.execute("DELETE FROM group_facilitators WHERE group_id = ?", {g.id}));
  TRY_VOID(c.execute("DELETE FROM group_hosts WHERE group_id = ?", {g.id}));
  for (const auto& u : g.facilitator_ids)
    TRY_VOID(c.execute("INSERT INTO group_facilitators (group_id, user_id) VALUES (?, ?)", {g.id, u}));
  for (const auto& o : g.host_organization_ids)
    TRY_VOID(c.execute("INSERT INTO group_hosts (group_id, organization_id) VALUES (?, ?)", {g.id, o}));
  return {};
}

// --- participants

constexpr std::string_view kParticipantSelect =
    "SELECT p.id, p.group_id, p.kind, p.label, p.organization_id, p.status, p.shares_contact, p.email, p.phone, "
    "p.created_at, p.updated_at, p.version FROM group_participants p JOIN work_groups g ON g.id = p.group_id";
constexpr std::string_view kParticipantColumns[] = {"kind",           "label", "organization_id", "status",
                                                    "shares_contact", "email", "phone",           "updated_at"};

Participant participant_from(const db::Row& r) {
  return {r.text(0), r.text(1),  r.text(2),     r.text(3),    r.text(4), r.text(5),
          r.text(9), r.text(10), r.integer(11), r.boolean(6), r.text(7), r.text(8)};
}
db::Params participant_values(const Participant& p) {
  return {p.kind,  p.label,     db::null_if_empty(p.organization_id), p.status, int64_t{p.shares_contact}, p.email,
          p.phone, p.updated_at};
}

// Participants of reached groups, and a manager's organization's participants anywhere.
void participant_reachable(db::Where& where, const auth::GroupReach& reach) {
  db::Where groups;
  reachable(groups, reach);
  db::Params params = groups.params();
  std::string own = "1 = 0";
  if (!reach.participant_organizations.empty()) {
    own = "p.organization_id IN (" + db::placeholders(reach.participant_organizations.size()) + ")";
    for (const auto& id : reach.participant_organizations) params.emplace_back(id);
  }
  where.add(groups.sql().substr(std::string_view(" WHERE ").size()) + " OR " + own, params);
}

// --- sessions

constexpr std::string_view kSessionSelect =
    "SELECT s.id, s.group_id, s.number, s.held_on, s.place, s.theme, s.host_organization_id, s.children_in_care, "
    "s.interpreters, s.delivered_items, s.attendance_taken, s.created_at, s.updated_at, s.version "
    "FROM group_sessions s JOIN work_groups g ON g.id = s.group_id";
constexpr std::string_view kSessionColumns[] = {"number",
                                                "held_on",
                                                "place",
                                                "theme",
                                                "host_organization_id",
                                                "children_in_care",
                                                "interpreters",
                                                "delivered_items",
                                                "attendance_taken",
                                                "updated_at"};

Session session_from(const db::Row& r) {
  Session s;
  s.id = r.text(0);
  s.group_id = r.text(1);
  s.number = r.integer(2);
  s.held_on = r.text(3);
  s.place = r.text(4);
  s.theme = r.text(5);
  s.host_organization_id = r.text(6);
  s.children_in_care = r.integer(7);
  s.interpreters = r.integer(8);
  s.delivered_items = list_of(r.text(9));
  s.attendance_taken = r.boolean(10);
  s.created_at = r.text(11);
  s.updated_at = r.text(12);
  s.version = r.integer(13);
  return s;
}
db::Params session_values(const Session& s) {
  return {s.number,
          s.held_on,
          s.place,
          s.theme,
          db::null_if_empty(s.host_organization_id),
          s.children_in_care,
          s.interpreters,
          json_list(s.delivered_items),
          int64_t{s.attendance_taken},
          s.updated_at};
}

template <class Record, class FromRow>
Result<Record> find_one(db::ScopedConnection& c, std::string_view select, db::Where where, FromRow from_row) {
  return from_row(TRY(db::query_one(c.connection(), std::string(select) + where.sql(), where.params())));
}

Result<void> versioned(db::ScopedConnection& c, std::string_view table, std::span<const std::string_view> columns,
                       db::Params params, const std::string& id, int64_t version) {
  params.emplace_back(id);
  params.emplace_back(version);
  return db::one_row_changed(
      TRY(c.execute(db::versioned_update_sql(table, columns) + " WHERE id = ? AND version = ?", params)));
}

}  // namespace

Result<GroupProgram> find_program(db::ScopedConnection& c, const std::string& id) {
  db::Where where;
  where.add("p.id = ?", {id});
  std::vector<GroupProgram> found{TRY(find_one<GroupProgram>(c, kProgramSelect, where, program_from))};
  TRY_VOID(read_sessions(c, found));
  return found.front();
}

Result<db::Page<GroupProgram>> list_programs(db::ScopedConnection& c, const db::ListQuery& query) {
  db::Where where;
  auto page = TRY(db::select_page<GroupProgram>(
      c.connection(),
      {std::string(kProgramSelect), {}, "group_programs p", where, query.order(kProgramSorts, "p.name, p.id", "p.id")},
      query, program_from));
  TRY_VOID(read_sessions(c, page.items));
  return page;
}

Result<void> insert_program(db::ScopedConnection& c, const GroupProgram& p) {
  db::Params params = program_values(p);
  for (const auto& v : {p.id, p.organization_id, p.created_at}) params.emplace_back(v);
  params.emplace_back(int64_t{1});
  TRY_VOID(c.execute(
      db::insert_sql("group_programs", kProgramColumns, {"id", "organization_id", "created_at", "version"}), params));
  return write_sessions(c, p);
}

Result<void> update_program(db::ScopedConnection& c, const GroupProgram& p) {
  TRY_VOID(versioned(c, "group_programs", kProgramColumns, program_values(p), p.id, p.version));
  return write_sessions(c, p);
}

Result<Group> find_group(db::ScopedConnection& c, const auth::GroupReach& reach, const std::string& id) {
  db::Where where;
  where.add("g.id = ?", {id});
  reachable(where, reach);
  std::vector<Group> found{TRY(find_one<Group>(c, kGroupSelect, where, group_from))};
  TRY_VOID(read_people(c, found));
  return found.front();
}

Result<db::Page<Group>> list_groups(db::ScopedConnection& c, const auth::GroupReach& reach, const GroupFilters& filters,
                                    const db::ListQuery& query) {
  db::Where where;
  reachable(where, reach);
  if (!query.q.empty()) where.add("LOWER(g.name) LIKE ? ESCAPE '\\'", {db::contains_pattern(query.q)});
  if (!filters.program_id.empty()) where.add("g.program_id = ?", {filters.program_id});
  if (!filters.cohort.empty()) where.add("g.cohort = ?", {filters.cohort});
  auto page = TRY(db::select_page<Group>(
      c.connection(),
      {std::string(kGroupSelect), {}, "work_groups g", where, query.order(kGroupSorts, "g.name, g.id", "g.id")}, query,
      group_from));
  TRY_VOID(read_people(c, page.items));
  return page;
}

Result<void> insert_group(db::ScopedConnection& c, const Group& g) {
  db::Params params = group_values(g);
  for (const auto& v : {g.id, g.organization_id, g.created_at}) params.emplace_back(v);
  params.emplace_back(int64_t{1});
  TRY_VOID(c.execute(db::insert_sql("work_groups", kGroupColumns, {"id", "organization_id", "created_at", "version"}),
                     params));
  return write_people(c, g);
}

Result<void> update_group(db::ScopedConnection& c, const Group& g) {
  TRY_VOID(versioned(c, "work_groups", kGroupColumns, group_values(g), g.id, g.version));
  return write_people(c, g);
}

Result<std::string> first_non_facilitator(db::ScopedConnection& c, const std::vector<std::string>& user_ids) {
  for (const auto& id : user_ids) {
    auto rows = TRY(c.query(
        "SELECT 1 FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.id = ? AND u.active = 1 AND m.role = "
        "'facilitator'",
        {id}));
    if (rows.empty()) return id;
  }
  return std::string();
}

Result<std::string> first_unknown_organization(db::ScopedConnection& c, const std::vector<std::string>& ids) {
  for (const auto& id : ids)
    if (TRY(c.query("SELECT 1 FROM organizations WHERE id = ?", {id})).empty()) return id;
  return std::string();
}

Result<bool> territory_exists(db::ScopedConnection& c, const std::string& id) {
  return !TRY(c.query("SELECT 1 FROM territories WHERE id = ?", {id})).empty();
}

Result<Participant> find_participant(db::ScopedConnection& c, const auth::GroupReach& reach, const std::string& id) {
  db::Where where;
  where.add("p.id = ?", {id});
  participant_reachable(where, reach);
  return find_one<Participant>(c, kParticipantSelect, where, participant_from);
}

Result<db::Page<Participant>> list_participants(db::ScopedConnection& c, const auth::GroupReach& reach,
                                                const std::string& group_id, const db::ListQuery& query) {
  db::Where where;
  participant_reachable(where, reach);
  if (!group_id.empty()) where.add("p.group_id = ?", {group_id});
  if (!query.q.empty()) where.add("LOWER(p.label) LIKE ? ESCAPE '\\'", {db::contains_pattern(query.q)});
  return db::select_page<Participant>(c.connection(),
                                      {std::string(kParticipantSelect),
                                       {},
                                       "group_participants p JOIN work_groups g ON g.id = p.group_id",
                                       where,
                                       query.order(kParticipantSorts, "p.label, p.id", "p.id")},
                                      query, participant_from);
}

Result<std::vector<Participant>> participants_of(db::ScopedConnection& c, const std::string& group_id) {
  std::vector<Participant> out;
  for (const auto& r :
       TRY(c.query(std::string(kParticipantSelect) + " WHERE p.group_id = ? ORDER BY p.label, p.id", {group_id})))
    out.push_back(participant_from(r));
  return out;
}

Result<void> insert_participant(db::ScopedConnection& c, const Participant& p) {
  db::Params params = participant_values(p);
  for (const auto& v : {p.id, p.group_id, p.created_at}) params.emplace_back(v);
  params.emplace_back(int64_t{1});
  TRY_VOID(c.execute(
      db::insert_sql("group_participants", kParticipantColumns, {"id", "group_id", "created_at", "version"}), params));
  return {};
}

Result<void> update_participant(db::ScopedConnection& c, const Participant& p) {
  return versioned(c, "group_participants", kParticipantColumns, participant_values(p), p.id, p.version);
}

Result<Session> find_session(db::ScopedConnection& c, const auth::GroupReach& reach, const std::string& id) {
  db::Where where;
  where.add("s.id = ?", {id});
  reachable(where, reach);
  return find_one<Session>(c, kSessionSelect, where, session_from);
}

Result<db::Page<Session>> list_sessions(db::ScopedConnection& c, const auth::GroupReach& reach,
                                        const std::string& group_id, const db::ListQuery& query) {
  db::Where where;
  reachable(where, reach);
  if (!group_id.empty()) where.add("s.group_id = ?", {group_id});
  return db::select_page<Session>(c.connection(),
                                  {std::string(kSessionSelect),
                                   {},
                                   "group_sessions s JOIN work_groups g ON g.id = s.group_id",
                                   where,
                                   query.order(kSessionSorts, "s.group_id, s.number", "s.id")},
                                  query, session_from);
}

Result<std::vector<Session>> sessions_of(db::ScopedConnection& c, const std::string& group_id) {
  std::vector<Session> out;
  for (const auto& r :
       TRY(c.query(std::string(kSessionSelect) + " WHERE s.group_id = ? ORDER BY s.number", {group_id})))
    out.push_back(session_from(r));
  return out;
}

Result<void> insert_session(db::ScopedConnection& c, const Session& s) {
  db::Params params = session_values(s);
  for (const auto& v : {s.id, s.group_id, s.created_at}) params.emplace_back(v);
  params.emplace_back(int64_t{1});
  TRY_VOID(c.execute(db::insert_sql("group_sessions", kSessionColumns, {"id", "group_id", "created_at", "version"}),
                     params));
  return {};
}

Result<void> update_session(db::ScopedConnection& c, const Session& s) {
  return versioned(c, "group_sessions", kSessionColumns, session_values(s), s.id, s.version);
}

void reachable(db::Where& where, const auth::GroupReach& reach) {
  db::Params params = params_of(reach.organizations);
  std::string by_organization = reach.organizations.empty()
                                    ? std::string("1 = 0")
                                    : "g.organization_id IN (" + db::placeholders(reach.organizations.size()) + ")";
  params.emplace_back(reach.user_id);
  where.add(
      by_organization + " OR EXISTS (SELECT 1 FROM group_facilitators gf WHERE gf.group_id = g.id AND gf.user_id = ?)",
      params);
}

}  // namespace filet::groups::group_repository
