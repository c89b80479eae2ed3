#include "directory/hsds_import_repository.hpp"

#include "common/text.hpp"

namespace filet::directory::hsds_import_repository {
namespace json = boost::json;

Result<std::optional<std::string>> organization_name(db::Connection& c, const std::string& id) {
  auto rows = TRY(c.query("SELECT name FROM organizations WHERE id = ?", {id}));
  if (rows.empty()) return std::optional<std::string>{};
  return std::optional<std::string>{rows.front().text(0)};
}

Result<void> insert_organization(db::Connection& c, const OrganizationRow& o, const std::string& now) {
  TRY_VOID(
      c.execute("INSERT INTO organizations (id, name, search_key, sector, email, phone, website, active, created_at, "
                "updated_at, hsds_document) VALUES (?, ?, ?, 'other', ?, ?, ?, 1, ?, ?, ?)",
                {o.id, o.name, text::fold(o.name), db::null_if_empty(o.email), db::null_if_empty(o.phone),
                 db::null_if_empty(o.website), now, now, json::serialize(o.document)}));
  return {};
}

Result<std::optional<ServiceOwner>> service_owner(db::Connection& c, const std::string& service_id) {
  auto rows = TRY(c.query("SELECT organization_id, created_at FROM services WHERE id = ?", {service_id}));
  if (rows.empty()) return std::optional<ServiceOwner>{};
  return std::optional<ServiceOwner>{ServiceOwner{rows.front().text(0), rows.front().text(1)}};
}

Result<std::optional<std::string>> location_owner(db::Connection& c, const std::string& location_id) {
  auto rows = TRY(c.query("SELECT COALESCE(organization_id, '') FROM locations WHERE id = ?", {location_id}));
  if (rows.empty()) return std::optional<std::string>{};
  return std::optional<std::string>{rows.front().text(0)};
}

Result<void> save_location(db::Connection& c, const LocationRef& l, const std::string& organization_id) {
  auto v = [](const std::optional<double>& d) { return d ? db::Value{*d} : db::Value{}; };
  TRY_VOID(
      c.execute("INSERT INTO locations (id, organization_id, name, address_1, city, postal_code, latitude, longitude, "
                "document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                "address_1 = excluded.address_1, city = excluded.city, postal_code = excluded.postal_code, "
                "latitude = excluded.latitude, longitude = excluded.longitude, document = excluded.document",
                {l.id, organization_id, l.name, l.address_1, l.city, l.postal_code, v(l.latitude), v(l.longitude),
                 json::serialize(l.document)}));
  return {};
}

Result<std::optional<LocationRef>> find_location(db::Connection& c, const std::string& location_id) {
  auto rows = TRY(
      c.query("SELECT name, address_1, city, postal_code, latitude, longitude, document FROM locations WHERE id = ?",
              {location_id}));
  if (rows.empty()) return std::optional<LocationRef>{};
  const auto& r = rows.front();
  LocationRef l{location_id, r.text(0), r.text(1), r.text(2), r.text(3), r.real(4), r.real(5), ""};
  boost::system::error_code ec;
  auto document = json::parse(r.text(6), ec);
  if (!ec && document.is_object()) l.document = std::move(document.as_object());
  return std::optional<LocationRef>{std::move(l)};
}

Result<void> add_term(db::Connection& c, const NeedTerm& t, const std::string& taxonomy_name, bool parent_known) {
  if (!t.taxonomy_id.empty())
    TRY_VOID(c.execute("INSERT INTO taxonomies (id, name, description) VALUES (?, ?, '') ON CONFLICT DO NOTHING",
                       {t.taxonomy_id, taxonomy_name}));
  TRY_VOID(
      c.execute("INSERT INTO taxonomy_terms (id, taxonomy_id, code, parent_id, name_fr, description_fr) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                {t.id, db::null_if_empty(t.taxonomy_id), db::null_if_empty(t.code),
                 parent_known ? db::Value{t.parent_id} : db::Value{}, t.name_fr, t.description_fr}));
  return {};
}

Result<std::map<std::string, std::string>> territories_by_folded_name(db::Connection& c) {
  std::map<std::string, std::string> ids;
  TRY_VOID(c.each("SELECT id, name FROM territories", {}, [&](db::Row& r) {
    ids.emplace(text::fold(r.text(1)), r.text(0));
    return true;
  }));
  return ids;
}

Result<void> begin_record(db::Connection& c) {
  TRY_VOID(c.execute("SAVEPOINT hsds_record"));
  return {};
}

Result<void> undo_record(db::Connection& c) {
  TRY_VOID(c.execute("ROLLBACK TO SAVEPOINT hsds_record"));
  TRY_VOID(c.execute("RELEASE SAVEPOINT hsds_record"));
  return {};
}

Result<void> keep_record(db::Connection& c) {
  TRY_VOID(c.execute("RELEASE SAVEPOINT hsds_record"));
  return {};
}

Result<void> use_large_cache(db::Connection& c, bool large) {
  return c.execute_script(large ? "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY"
                                : "PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT");
}

Result<std::vector<IndexDefinition>> drop_service_indexes(db::Connection& c) {
  std::vector<IndexDefinition> indexes;
  TRY_VOID(
      c.each("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
             "('services', 'service_needs', 'service_languages', 'service_territories', "
             "'service_at_locations') AND name NOT LIKE 'sqlite_%' "
             // New services come in the order of these two (fts_rowid, then updated_at, all the
             // import's time): kept, they grow at their end; built again, each would read every
             // service row to its end (overflow pages of the HSDS document included).
             "AND name NOT IN ('services_search', 'services_updated')",
             {}, [&](db::Row& r) {
               indexes.push_back({r.text(0), r.text(1)});
               return true;
             }));
  for (const auto& index : indexes) TRY_VOID(c.execute_script("DROP INDEX " + index.name));
  return indexes;
}

Result<void> restore_indexes(db::Connection& c, const std::vector<IndexDefinition>& indexes) {
  for (const auto& index : indexes) TRY_VOID(c.execute_script(index.sql));
  return {};
}

}  // namespace filet::directory::hsds_import_repository
