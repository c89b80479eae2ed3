#include "core/organization_repository.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "common/text.hpp"
#include "db/dialect.hpp"
#include "db/record_version.hpp"

namespace filet::core::organization_repository {
namespace {

constexpr std::string_view kSelect =
    "SELECT o.id, o.name, o.sector, o.email, o.phone, o.website, o.active, o.created_at, o.updated_at, o.version "
    "FROM organizations o";

Organization from_row(const db::Row& r) {
  return {r.text(0), r.text(1),    r.text(2), r.text(3), r.text(4),   r.text(5),
          {},        r.boolean(6), r.text(7), r.text(8), r.integer(9)};
}

// One query for the territories of a whole page of organizations.
Result<void> attach_territories(db::Connection& c, std::vector<Organization>& organizations) {
  if (organizations.empty()) return {};
  // The page's ids as a VALUES list with their positions, read first (CROSS JOIN keeps SQLite's
  // join in that order), not an IN (…) list: SQLite builds a temporary index of an IN list on
  // every run (a fresh B-tree, its page zeroed, an insert per id), about a quarter of this
  // statement's instructions. The position says whose territory a row is, without a lookup.
  db::Params ids;
  ids.reserve(organizations.size());
  std::string sql = "WITH page(position, id) AS (VALUES ";
  for (size_t i = 0; i < organizations.size(); ++i) {
    sql += (i == 0 ? "(" : ", (") + std::to_string(i) + ", ?)";
    ids.emplace_back(organizations[i].id);
  }
  sql +=
      ") SELECT page.position, t.search_key, t.id, t.name FROM page CROSS JOIN organization_territories ot "
      "CROSS JOIN territories t" +
      db::dialect::indexed_by(c.engine(), "territories_names") +  // its id, sort key and name (0029)
      " WHERE ot.organization_id = page.id AND t.id = ot.territory_id";
  // Each organization's territories by folded name, sorted here, not by the query: an ORDER BY
  // would make SQLite sort every time.
  struct Found {
    size_t position;
    std::string search_key;
    NamedRef territory;
  };
  std::vector<Found> found;
  found.reserve(organizations.size() * 2);
  TRY_VOID(c.each(sql, ids, [&](const db::Row& r) {
    auto position = static_cast<size_t>(r.integer(0));
    if (position >= organizations.size()) return true;  // not one of the page's: cannot happen
    found.push_back({position, r.text(1), {r.text(2), r.text(3)}});
    return true;
  }));
  std::ranges::sort(found, [](const Found& a, const Found& b) {
    return std::tie(a.position, a.search_key, a.territory.id) < std::tie(b.position, b.search_key, b.territory.id);
  });
  for (auto& f : found) organizations[f.position].territories.push_back(std::move(f.territory));
  return {};
}

db::Params row_values(const Organization& o) {
  return {o.name,
          text::fold(o.name),
          o.sector,
          db::null_if_empty(o.email),
          db::null_if_empty(o.phone),
          db::null_if_empty(o.website),
          int64_t{o.active},
          o.updated_at,
          o.id};
}

}  // namespace

Result<Organization> find(db::Connection& c, const std::string& id) {
  auto row = TRY(db::query_one(c, std::string(kSelect) + " WHERE o.id = ?", {id}));
  std::vector<Organization> one{from_row(row)};
  TRY_VOID(attach_territories(c, one));
  return std::move(one.front());
}

Result<Page<Organization>> list(db::Connection& c, const ListQuery& query, const OrganizationFilter& filter) {
  db::Where where;
  query.apply(where, "o");
  if (!filter.sector.empty()) where.add("o.sector = ?", {filter.sector});
  if (!filter.territory_id.empty())
    where.add("o.id IN (SELECT organization_id FROM organization_territories WHERE territory_id = ?)",
              {filter.territory_id});
  auto page = TRY(select_page<Organization>(c, kSelect, "organizations o", where,
                                            query.order(kSorts, "o.search_key, o.id", "o.id"), query, from_row));
  TRY_VOID(attach_territories(c, page.items));
  return page;
}

Result<void> insert(db::Connection& c, const Organization& o, const std::vector<std::string>& territory_ids) {
  db::Params values = row_values(o);
  values.push_back(o.created_at);
  TRY_VOID(
      c.execute("INSERT INTO organizations (name, search_key, sector, email, phone, website, active, "
                "updated_at, id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values));
  return set_territories(c, o.id, territory_ids);
}

Result<void> update(db::Connection& c, const Organization& o) {
  db::Params values = row_values(o);
  values.push_back(o.version);
  return db::one_row_changed(
      TRY(c.execute("UPDATE organizations SET name = ?, search_key = ?, sector = ?, email = ?, "
                    "phone = ?, website = ?, active = ?, updated_at = ?, " +
                        std::string(db::kNextVersion) + " WHERE id = ? AND version = ?",
                    values)));
}

Result<void> set_territories(db::Connection& c, const std::string& id, const std::vector<std::string>& territory_ids) {
  TRY_VOID(c.execute("DELETE FROM organization_territories WHERE organization_id = ?", {id}));
  for (const auto& t : territory_ids)
    TRY_VOID(c.execute("INSERT INTO organization_territories (organization_id, territory_id) VALUES (?, ?)", {id, t}));
  return {};
}

Result<std::vector<std::string>> missing_ids(db::Connection& c, std::string_view table,
                                             const std::vector<std::string>& ids) {
  if (ids.empty()) return std::vector<std::string>{};
  db::Params params(ids.begin(), ids.end());
  std::set<std::string> found;
  TRY_VOID(c.each("SELECT id FROM " + std::string(table) + " WHERE id IN (" + db::placeholders(ids.size()) + ")",
                  params, [&](const db::Row& r) {
                    found.insert(r.text(0));
                    return true;
                  }));
  std::vector<std::string> missing;
  for (const auto& id : ids)
    if (!found.contains(id)) missing.push_back(id);
  return missing;
}

}  // namespace filet::core::organization_repository
