#include "core/program_repository.hpp"

#include <map>

#include "common/text.hpp"
#include "db/record_version.hpp"

namespace filet::core::program_repository {
namespace {

constexpr std::string_view kSelect =
    "SELECT p.id, p.name, p.description, p.starts_on, p.ends_on, p.active, p.created_at, p.updated_at, p.version "
    "FROM programs p";

Program from_row(const db::Row& r) {
  return {r.text(0), r.text(1),    r.text(2), r.text(3), r.text(4),   {},
          {},        r.boolean(5), r.text(6), r.text(7), r.integer(8)};
}

// Members and funders of a page of programs, two queries in all.
Result<void> attach_details(db::Connection& c, std::vector<Program>& programs) {
  if (programs.empty()) return {};
  db::Params ids;
  std::map<std::string, Program*> by_id;
  for (auto& p : programs) {
    ids.emplace_back(p.id);
    by_id[p.id] = &p;
  }
  std::string in = " IN (" + db::placeholders(ids.size()) + ")";
  TRY_VOID(
      c.each("SELECT po.program_id, o.id, o.name FROM program_organizations po "
             "JOIN organizations o ON o.id = po.organization_id WHERE po.program_id" +
                 in + " ORDER BY o.search_key",
             ids, [&](const db::Row& r) {
               by_id[r.text(0)]->organizations.push_back({r.text(1), r.text(2)});
               return true;
             }));
  TRY_VOID(c.each("SELECT program_id, name FROM program_funders WHERE program_id" + in + " ORDER BY position", ids,
                  [&](const db::Row& r) {
                    by_id[r.text(0)]->funders.push_back(r.text(1));
                    return true;
                  }));
  return {};
}

}  // namespace

Result<Program> find(db::Connection& c, const std::string& id) {
  auto row = TRY(db::query_one(c, std::string(kSelect) + " WHERE p.id = ?", {id}));
  std::vector<Program> one{from_row(row)};
  TRY_VOID(attach_details(c, one));
  return std::move(one.front());
}

Result<Page<Program>> list(db::Connection& c, const ListQuery& query) {
  db::Where where;
  query.apply(where, "p");
  auto page = TRY(select_page<Program>(c, kSelect, "programs p", where,
                                       query.order(kSorts, "p.search_key, p.id", "p.id"), query, from_row));
  TRY_VOID(attach_details(c, page.items));
  return page;
}

Result<void> save(db::Connection& c, const Program& p, bool is_new) {
  db::Params values{p.name,
                    text::fold(p.name),
                    p.description,
                    p.starts_on,
                    db::null_if_empty(p.ends_on),
                    int64_t{p.active},
                    p.updated_at,
                    p.id};
  if (is_new) {
    values.push_back(p.created_at);
    TRY_VOID(
        c.execute("INSERT INTO programs (name, search_key, description, starts_on, ends_on, active, updated_at, "
                  "id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  values));
  } else {
    values.push_back(p.version);
    return db::one_row_changed(
        TRY(c.execute("UPDATE programs SET name = ?, search_key = ?, description = ?, starts_on = ?, ends_on = ?, "
                      "active = ?, updated_at = ?, " +
                          std::string(db::kNextVersion) + " WHERE id = ? AND version = ?",
                      values)));
  }
  return {};
}

Result<void> set_members(db::Connection& c, const std::string& id, const std::vector<std::string>& organization_ids) {
  TRY_VOID(c.execute("DELETE FROM program_organizations WHERE program_id = ?", {id}));
  for (const auto& o : organization_ids)
    TRY_VOID(c.execute("INSERT INTO program_organizations (program_id, organization_id) VALUES (?, ?)", {id, o}));
  return {};
}

Result<void> set_funders(db::Connection& c, const std::string& id, const std::vector<std::string>& funders) {
  TRY_VOID(c.execute("DELETE FROM program_funders WHERE program_id = ?", {id}));
  for (size_t i = 0; i < funders.size(); ++i)
    TRY_VOID(c.execute("INSERT INTO program_funders (program_id, position, name) VALUES (?, ?, ?)",
                       {id, static_cast<int64_t>(i), funders[i]}));
  return {};
}

}  // namespace filet::core::program_repository
