#include "families/family_repository.hpp"

#include <map>

#include "common/ids.hpp"
#include "db/record_version.hpp"

namespace filet::families::family_repository {
namespace {

using db::Access;

constexpr std::string_view kColumns =
    "SELECT f.id, f.organization_id, f.code, f.adults, f.single_parent, f.father_involved, f.territory_id, "
    "f.housing, f.arrival_year, f.immigration_status, f.outreach_strategy, f.status, f.closing_reason, "
    "f.worker_id, f.notes, f.created_at, f.updated_at, f.version, "
    "(SELECT MAX(fc.contact_date) FROM family_contacts fc WHERE fc.family_id = f.id), "
    "CASE WHEN EXISTS (SELECT 1 FROM family_identities fi WHERE fi.family_id = f.id) THEN 1 ELSE 0 END";
constexpr std::string_view kFrom = " FROM families f";

Family from_row(const db::Row& r) {
  Family f;
  f.id = r.text(0);
  f.organization_id = r.text(1);
  f.code = r.text(2);
  f.adults = r.integer(3);
  f.single_parent = r.boolean(4);
  f.father_involved = r.boolean(5);
  f.territory_id = r.text(6);
  f.housing = r.text(7);
  f.arrival_year = r.optional_integer(8);
  f.immigration_status = r.text(9);
  f.outreach_strategy = r.text(10);
  f.status = r.text(11);
  f.closing_reason = r.text(12);
  f.worker_id = r.text(13);
  f.notes = r.text(14);
  f.created_at = r.text(15);
  f.updated_at = r.text(16);
  f.version = r.integer(17);
  f.last_contact_on = r.text(18);
  f.has_identity = r.boolean(19);
  return f;
}

// Children, languages and factors of a page of families, one query each.
Result<void> attach_lists(db::ScopedConnection& c, std::vector<Family>& families) {
  if (families.empty()) return {};
  db::Params ids;
  std::map<std::string, Family*> by_id;
  for (auto& f : families) {
    ids.emplace_back(f.id);
    by_id[f.id] = &f;
  }
  const std::string in = " IN (" + db::placeholders(ids.size()) + ")";
  TRY_VOID(c.each("SELECT family_id, birth_year, birth_month FROM family_children WHERE family_id" + in +
                      " ORDER BY family_id, position",
                  ids, [&](const db::Row& r) {
                    by_id[r.text(0)]->children.push_back({r.integer(1), r.integer(2)});
                    return true;
                  }));
  TRY_VOID(
      c.each("SELECT family_id, language FROM family_languages WHERE family_id" + in + " ORDER BY family_id, language",
             ids, [&](const db::Row& r) {
               by_id[r.text(0)]->languages.push_back(r.text(1));
               return true;
             }));
  TRY_VOID(c.each(
      "SELECT family_id, factor FROM family_vulnerabilities WHERE family_id" + in + " ORDER BY family_id, factor", ids,
      [&](const db::Row& r) {
        by_id[r.text(0)]->vulnerability_factors.push_back(r.text(1));
        return true;
      }));
  return {};
}

db::Value optional_int(const std::optional<int64_t>& v) {
  return v ? db::Value{*v} : db::Value{};
}

db::Params row_values(const Family& f) {
  return {int64_t{f.adults},
          int64_t{f.single_parent},
          int64_t{f.father_involved},
          db::null_if_empty(f.territory_id),
          db::null_if_empty(f.housing),
          optional_int(f.arrival_year),
          db::null_if_empty(f.immigration_status),
          db::null_if_empty(f.outreach_strategy),
          f.status,
          db::null_if_empty(f.closing_reason),
          db::null_if_empty(f.worker_id),
          f.notes,
          f.updated_at};
}

Result<db::Page<Family>> page_of(db::ScopedConnection& c, const db::PageSql& sql, const db::ListQuery& query) {
  auto page = TRY(db::select_page<Family>(c.connection(), sql, query, from_row));
  TRY_VOID(attach_lists(c, page.items));
  return page;
}

}  // namespace

Result<Family> find(db::ScopedConnection& c, const std::string& id) {
  db::Where where;
  where.add("f.id = ?", {id});
  c.readable(where, "f.organization_id", Access::identified);
  auto rows = TRY(c.query(std::string(kColumns) + std::string(kFrom) + where.sql(), where.params()));
  if (rows.empty()) return fail(ErrorCode::not_found, "family");
  std::vector<Family> one{from_row(rows.front())};
  TRY_VOID(attach_lists(c, one));
  return std::move(one.front());
}

Result<bool> exists(db::ScopedConnection& c, const std::string& id) {
  auto rows = TRY(c.query("SELECT 1 FROM families WHERE id = ?", {id}));
  return !rows.empty();
}

Result<db::Page<Family>> list(db::ScopedConnection& c, const db::ListQuery& query, const FamilyFilter& filter,
                              const std::string& today) {
  db::Where where;
  c.readable(where, "f.organization_id", Access::deidentified);
  // Outside the accompanying organization, only families consenting to evaluation data today
  // (the SQL form of consent_allows for "evaluation_data").
  auto [identified, identified_params] = c.scope().read_filter("f.organization_id", Access::identified);
  db::Params consent_params = identified_params;
  consent_params.push_back(today);
  consent_params.push_back(today);
  where.add(identified +
                " OR EXISTS (SELECT 1 FROM family_consents k WHERE k.family_id = f.id AND k.purpose = "
                "'evaluation_data' AND k.given_on <= ? AND (k.withdrawn_on IS NULL OR k.withdrawn_on > ?))",
            consent_params);
  if (!filter.status.empty()) where.add("f.status = ?", {filter.status});
  if (!filter.territory_id.empty()) where.add("f.territory_id = ?", {filter.territory_id});
  if (!filter.worker_id.empty()) where.add("f.worker_id = ?", {filter.worker_id});
  if (!filter.vulnerability_factor.empty())
    where.add("f.id IN (SELECT family_id FROM family_vulnerabilities WHERE factor = ?)", {filter.vulnerability_factor});
  // Codes and names are identified data: looked for only where the scope reads them so.
  if (!filter.code.empty()) {
    where.add("f.code = ?", {filter.code});
    c.readable(where, "f.organization_id", Access::identified);
  }
  if (!filter.name_hashes.empty()) {
    db::Params hashes(filter.name_hashes.begin(), filter.name_hashes.end());
    hashes.emplace_back(static_cast<int64_t>(filter.name_hashes.size()));
    where.add("f.id IN (SELECT family_id FROM family_name_index WHERE hash IN (" +
                  db::placeholders(filter.name_hashes.size()) + ") GROUP BY family_id HAVING COUNT(*) = ?)",
              hashes);
    c.readable(where, "f.organization_id", Access::identified);
  }
  auto page = TRY(page_of(c,
                          {std::string(kColumns) + std::string(kFrom),
                           {},
                           "families f",
                           where,
                           query.order(kSorts, "f.updated_at DESC, f.id", "f.id")},
                          query));
  for (auto& f : page.items) {
    if (c.scope().level(f.organization_id) == Access::identified) continue;
    f.code.clear();  // de-identified: neither code, notes, worker nor identity
    f.notes.clear();
    f.worker_id.clear();
    f.has_identity = false;
  }
  return page;
}

Result<db::Page<Family>> without_contact_since(db::ScopedConnection& c, const std::string& since,
                                               const std::string& worker_id, const db::ListQuery& query) {
  db::Where where;
  c.readable(where, "f.organization_id", Access::identified);
  where.add("f.status <> 'closed'");
  where.add("f.created_at < ?", {since});
  where.add("NOT EXISTS (SELECT 1 FROM family_contacts fc WHERE fc.family_id = f.id AND fc.contact_date >= ?)",
            {since});
  if (!worker_id.empty()) where.add("f.worker_id = ?", {worker_id});
  return page_of(c,
                 {std::string(kColumns) + std::string(kFrom),
                  {},
                  "families f",
                  where,
                  "(SELECT MAX(fc.contact_date) FROM family_contacts fc WHERE fc.family_id = f.id), f.code, f.id"},
                 query);
}

Result<bool> code_taken(db::ScopedConnection& c, const std::string& organization_id, const std::string& code) {
  auto rows = TRY(c.query("SELECT 1 FROM families WHERE organization_id = ? AND code = ?", {organization_id, code}));
  return !rows.empty();
}

Result<bool> insert(db::ScopedConnection& c, const Family& f, const std::string& created_by) {
  db::Params values = row_values(f);
  values.insert(values.begin(), {f.id, f.organization_id, f.code});
  values.push_back(db::null_if_empty(created_by));
  values.push_back(f.created_at);
  auto written = TRY(
      c.execute("INSERT INTO families (id, organization_id, code, adults, single_parent, father_involved, "
                "territory_id, housing, arrival_year, immigration_status, outreach_strategy, status, closing_reason, "
                "worker_id, notes, updated_at, created_by, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                values));
  if (written == 0) return false;
  TRY_VOID(set_lists(c, f));
  return true;
}

Result<void> update(db::ScopedConnection& c, const Family& f) {
  db::Where where;
  where.add("id = ?", {f.id});
  where.add("version = ?", {f.version});
  c.readable(where, "organization_id", Access::identified);
  db::Params values = row_values(f);
  for (const auto& p : where.params()) values.push_back(p);
  return db::one_row_changed(
      TRY(c.execute("UPDATE families SET adults = ?, single_parent = ?, father_involved = ?, territory_id = ?, "
                    "housing = ?, arrival_year = ?, immigration_status = ?, outreach_strategy = ?, status = ?, "
                    "closing_reason = ?, worker_id = ?, notes = ?, updated_at = ?, " +
                        std::string(db::kNextVersion) + where.sql(),
                    values)));
}

Result<void> set_lists(db::ScopedConnection& c, const Family& f) {
  TRY_VOID(c.execute("DELETE FROM family_children WHERE family_id = ?", {f.id}));
  TRY_VOID(c.execute("DELETE FROM family_languages WHERE family_id = ?", {f.id}));
  TRY_VOID(c.execute("DELETE FROM family_vulnerabilities WHERE family_id = ?", {f.id}));
  int64_t position = 0;
  for (const auto& child : f.children)
    TRY_VOID(c.execute("INSERT INTO family_children (family_id, position, birth_year, birth_month) VALUES (?, ?, ?, ?)",
                       {f.id, position++, child.birth_year, child.birth_month}));
  for (const auto& language : f.languages)
    TRY_VOID(c.execute("INSERT INTO family_languages (family_id, language) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       {f.id, language}));
  for (const auto& factor : f.vulnerability_factors)
    TRY_VOID(c.execute("INSERT INTO family_vulnerabilities (family_id, factor) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       {f.id, factor}));
  return {};
}

Result<void> keep_previous(db::ScopedConnection& c, const PreviousVersion& v) {
  TRY_VOID(
      c.execute("INSERT INTO family_history (id, organization_id, family_id, entity, record_id, version, previous, "
                "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                {ids::new_uuid(), v.organization_id, v.family_id, v.entity, v.record_id, v.version, v.previous,
                 db::null_if_empty(v.changed_by), v.changed_at}));
  return {};
}

Result<int64_t> history_count(db::ScopedConnection& c, const std::string& record_id) {
  db::Where where;
  where.add("record_id = ?", {record_id});
  c.readable(where, "organization_id", Access::identified);
  auto rows = TRY(c.query("SELECT COUNT(*) FROM family_history" + where.sql(), where.params()));
  return rows.front().integer(0);
}

Result<bool> any_identity(db::Connection& c) {
  auto rows = TRY(c.query("SELECT 1 FROM family_identities LIMIT 1"));
  return !rows.empty();
}

Result<bool> works_in(db::Connection& c, const std::string& user_id, const std::string& organization_id) {
  auto rows = TRY(c.query(
      "SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.user_id = ? AND m.organization_id = ? "
      "AND m.role IN ('practitioner', 'manager') AND u.active = 1",
      {user_id, organization_id}));
  return !rows.empty();
}

Result<bool> territory_exists(db::Connection& c, const std::string& id) {
  auto rows = TRY(c.query("SELECT 1 FROM territories WHERE id = ?", {id}));
  return !rows.empty();
}

}  // namespace filet::families::family_repository
