#include "groups/material_repository.hpp"

#include "db/where.hpp"

namespace filet::groups::material_repository {

Result<Material> find(db::ScopedConnection& c, const auth::GroupReach& reach, const std::string& id) {
  db::Where where;
  where.add("m.id = ?", {id});
  db::Params params;
  for (const auto& o : reach.organizations) params.emplace_back(o);
  std::string by_organization = reach.organizations.empty()
                                    ? std::string("1 = 0")
                                    : "p.organization_id IN (" + db::placeholders(reach.organizations.size()) + ")";
  params.emplace_back(reach.user_id);
  where.add(by_organization +
                " OR EXISTS (SELECT 1 FROM work_groups g JOIN group_facilitators gf ON gf.group_id = g.id "
                "WHERE g.program_id = p.id AND gf.user_id = ?)",
            params);
  auto r = TRY(db::query_one(
      c.connection(),
      "SELECT m.id, m.program_id, m.session_number, m.file_id, f.name, f.content_type, f.size_bytes, m.created_at "
      "FROM group_program_materials m JOIN group_programs p ON p.id = m.program_id JOIN stored_files f ON f.id = "
      "m.file_id" +
          where.sql(),
      where.params()));
  return Material{r.text(0), r.text(1), r.integer(2), r.text(3), r.text(4), r.text(5), r.integer(6), r.text(7)};
}

Result<void> insert(db::ScopedConnection& c, const Material& m) {
  TRY_VOID(
      c.execute("INSERT INTO group_program_materials (id, program_id, session_number, file_id, created_at) VALUES (?, "
                "?, ?, ?, ?)",
                {m.id, m.program_id, m.session_number, m.file_id, m.created_at}));
  return {};
}

Result<void> remove(db::ScopedConnection& c, const std::string& id) {
  TRY_VOID(c.execute("DELETE FROM group_program_materials WHERE id = ?", {id}));
  return {};
}

Result<int64_t> last_session_with_materials(db::ScopedConnection& c, const std::string& program_id) {
  auto r = TRY(db::query_one(
      c.connection(), "SELECT COALESCE(MAX(session_number), 0) FROM group_program_materials WHERE program_id = ?",
      {program_id}));
  return r.integer(0);
}

Result<std::map<std::string, std::string>> organization_names(db::ScopedConnection& c,
                                                              const std::vector<std::string>& ids) {
  std::map<std::string, std::string> out;
  if (ids.empty()) return out;
  db::Params params;
  for (const auto& id : ids) params.emplace_back(id);
  for (const auto& r :
       TRY(c.query("SELECT id, name FROM organizations WHERE id IN (" + db::placeholders(ids.size()) + ")", params)))
    out[r.text(0)] = r.text(1);
  return out;
}

}  // namespace filet::groups::material_repository
