#include "core/organization_repository.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "common/text.hpp"
#include "core/territory_list.hpp"
#include "db/record_version.hpp"

namespace filet::core::organization_repository {
namespace {

constexpr std::string_view kSelect =
    "SELECT o.id, o.name, o.sector, o.email, o.phone, o.website, o.active, o.created_at, o.updated_at, o.version, "
    "o.territory_list FROM organizations o";

// The territories come with the row (territory_list, 0033): a page reads them in its index.
Organization from_row(const db::Row& r) {
  auto text = [&](size_t i) { return std::string(r.view(i)); };  // one copy, from SQLite's buffer
  return {text(0),      text(1), text(2), text(3),     text(4), text(5), territory_list::decode(r.view(10)),
          r.boolean(6), text(7), text(8), r.integer(9)};
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
  return from_row(row);
}

Result<Page<Organization>> list(db::Connection& c, const ListQuery& query, const OrganizationFilter& filter) {
  db::Where where;
  query.apply(where, "o");
  if (!filter.sector.empty()) where.add("o.sector = ?", {filter.sector});
  if (!filter.territory_id.empty())
    where.add("o.id IN (SELECT organization_id FROM organization_territories WHERE territory_id = ?)",
              {filter.territory_id});
  return select_page<Organization>(c, kSelect, "organizations o", where,
                                   query.order(kSorts, "o.search_key, o.id", "o.id"), query, from_row);
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
  return refresh_territory_list(c, id);
}

Result<void> refresh_territory_list(db::Connection& c, const std::string& id) {
  struct Found {
    std::string search_key;
    NamedRef territory;
  };
  std::vector<Found> found;
  TRY_VOID(
      c.each("SELECT t.search_key, t.id, t.name FROM organization_territories ot JOIN territories t "
             "ON t.id = ot.territory_id WHERE ot.organization_id = ?",
             {id}, [&](const db::Row& r) {
               found.push_back({r.text(0), {r.text(1), r.text(2)}});
               return true;
             }));
  // Sorted here, byte by byte, so that both engines keep the same order whatever their collation.
  std::ranges::sort(found, [](const Found& a, const Found& b) {
    return std::tie(a.search_key, a.territory.id) < std::tie(b.search_key, b.territory.id);
  });
  std::vector<NamedRef> territories;
  territories.reserve(found.size());
  for (auto& f : found) territories.push_back(std::move(f.territory));
  TRY_VOID(
      c.execute("UPDATE organizations SET territory_list = ? WHERE id = ?", {territory_list::encode(territories), id}));
  return {};
}

Result<void> refresh_territory_lists_of(db::Connection& c, const std::string& territory_id) {
  std::vector<std::string> organization_ids;
  TRY_VOID(c.each("SELECT organization_id FROM organization_territories WHERE territory_id = ?", {territory_id},
                  [&](const db::Row& r) {
                    organization_ids.push_back(r.text(0));
                    return true;
                  }));
  for (const auto& id : organization_ids) TRY_VOID(refresh_territory_list(c, id));
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
