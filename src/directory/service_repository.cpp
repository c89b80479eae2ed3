#include "directory/service_repository.hpp"

#include <map>

#include "common/text.hpp"
#include "db/pool.hpp"
#include "db/record_version.hpp"
#include "db/where.hpp"

namespace filet::directory::service_repository {
namespace {

constexpr std::string_view kColumns =
    "s.id, s.organization_id, o.name, s.status, s.name_fr, s.name_en, s.description_fr, s.description_en, "
    "s.eligibility_fr, s.eligibility_en, s.application_fr, s.application_en, s.fees_fr, s.fees_en, s.is_free, "
    "s.minimum_age, s.maximum_age, s.url, s.email, s.waiting_list_status, s.waiting_list_delay_days, "
    "s.waiting_list_as_of, s.verified_at, s.verified_by, s.document, s.created_at, s.updated_at, o.hsds_document, "
    "s.version";

Service from_row(const db::Row& r) {
  Service s;
  s.id = r.text(0);
  s.organization_id = r.text(1);
  s.organization_name = r.text(2);
  s.status = r.text(3);
  s.name = {r.text(4), r.text(5)};
  s.description = {r.text(6), r.text(7)};
  s.eligibility = {r.text(8), r.text(9)};
  s.application = {r.text(10), r.text(11)};
  s.fees = {r.text(12), r.text(13)};
  s.is_free = r.boolean(14);
  s.minimum_age = r.optional_integer(15);
  s.maximum_age = r.optional_integer(16);
  s.url = r.text(17);
  s.email = r.text(18);
  s.waiting_list_status = r.text(19);
  s.waiting_list_delay_days = r.optional_integer(20);
  s.waiting_list_as_of = r.text(21);
  s.verified_at = r.text(22);
  s.verified_by = r.text(23);
  boost::system::error_code ec;
  auto document = boost::json::parse(r.text(24), ec);
  if (!ec && document.is_object()) s.document = std::move(document.as_object());
  s.created_at = r.text(25);
  s.updated_at = r.text(26);
  auto organization = boost::json::parse(r.text(27), ec);
  if (!ec && organization.is_object()) s.organization_document = std::move(organization.as_object());
  s.version = r.integer(28);
  return s;
}

// Runs `sql` (which must end in "IN (") over the ids and hands each row to `add`.
template <class F>
Result<void> for_ids(db::Connection& c, const std::string& sql, const db::Params& ids, F add) {
  return c.each(sql + db::placeholders(ids.size()) + ")", ids, [&](db::Row& r) {
    add(r);
    return true;
  });
}

// Replaces the rows of a derived table with one multi-row INSERT (imports write many services).
Result<void> replace_rows(db::Connection& c, std::string_view table, std::string_view column, const std::string& id,
                          const std::vector<db::Value>& values, bool is_new) {
  if (!is_new) TRY_VOID(c.execute("DELETE FROM " + std::string(table) + " WHERE service_id = ?", {id}));
  if (values.empty()) return {};
  std::string sql = "INSERT INTO " + std::string(table) + " (service_id, " + std::string(column) + ") VALUES ";
  db::Params params;
  for (size_t i = 0; i < values.size(); ++i) {
    sql += i ? ", (?, ?)" : "(?, ?)";
    params.emplace_back(id);
    params.push_back(values[i]);
  }
  TRY_VOID(c.execute(sql + " ON CONFLICT DO NOTHING", params));
  return {};
}

db::Value optional_value(const std::optional<int64_t>& v) {
  return v ? db::Value{*v} : db::Value{};
}
db::Value optional_value(const std::optional<double>& v) {
  return v ? db::Value{*v} : db::Value{};
}

}  // namespace

Result<std::vector<Service>> load(db::Connection& c, const std::vector<std::string>& ids) {
  std::vector<Service> services;
  if (ids.empty()) return services;
  db::Params params(ids.begin(), ids.end());
  std::map<std::string, Service> by_id;
  TRY_VOID(for_ids(c,
                   "SELECT " + std::string(kColumns) +
                       " FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.id IN (",
                   params, [&](const db::Row& r) {
                     Service s = from_row(r);
                     by_id.emplace(s.id, std::move(s));
                   }));
  TRY_VOID(for_ids(c,
                   "SELECT sn.service_id, t.id, t.code, t.name_fr, t.name_en FROM service_needs sn "
                   "JOIN taxonomy_terms t ON t.id = sn.term_id WHERE sn.service_id IN (",
                   params, [&](const db::Row& r) {
                     by_id[r.text(0)].needs.push_back({r.text(1), r.text(2), r.text(3), r.text(4)});
                   }));
  TRY_VOID(for_ids(c, "SELECT service_id, code FROM service_languages WHERE service_id IN (", params,
                   [&](const db::Row& r) { by_id[r.text(0)].language_codes.push_back(r.text(1)); }));
  TRY_VOID(for_ids(c, "SELECT service_id, territory_id FROM service_territories WHERE service_id IN (", params,
                   [&](const db::Row& r) { by_id[r.text(0)].territory_ids.push_back(r.text(1)); }));
  TRY_VOID(for_ids(c,
                   "SELECT sal.service_id, l.id, l.name, l.address_1, l.city, l.postal_code, l.latitude, l.longitude, "
                   "sal.id, l.document, sal.document FROM service_at_locations sal "
                   "JOIN locations l ON l.id = sal.location_id "
                   "WHERE sal.service_id IN (",
                   params, [&](const db::Row& r) {
                     LocationRef l{r.text(1), r.text(2), r.text(3), r.text(4),
                                   r.text(5), r.real(6), r.real(7), r.text(8)};
                     boost::system::error_code ec;
                     auto document = boost::json::parse(r.text(9), ec);
                     if (!ec && document.is_object()) l.document = std::move(document.as_object());
                     auto at = boost::json::parse(r.text(10), ec);
                     if (!ec && at.is_object()) l.service_at_location = std::move(at.as_object());
                     by_id[r.text(0)].locations.push_back(std::move(l));
                   }));
  for (const auto& id : ids) {
    auto it = by_id.find(id);
    if (it != by_id.end() && !it->second.id.empty()) services.push_back(std::move(it->second));
  }
  for (auto& s : services) {
    std::sort(s.needs.begin(), s.needs.end(), [](auto& a, auto& b) { return a.code < b.code; });
    std::sort(s.language_codes.begin(), s.language_codes.end());
    std::sort(s.territory_ids.begin(), s.territory_ids.end());
    std::sort(s.locations.begin(), s.locations.end(), [](auto& a, auto& b) { return a.id < b.id; });
  }
  return services;
}

Result<Service> find(db::Connection& c, const std::string& id) {
  auto found = TRY(load(c, {id}));
  if (found.empty()) return fail(ErrorCode::not_found);
  return std::move(found.front());
}

Result<bool> exists(db::Connection& c, const std::string& id) {
  auto rows = TRY(c.query("SELECT 1 FROM services WHERE id = ?", {id}));
  return !rows.empty();
}

Result<Hierarchies> load_hierarchies(db::Connection& c) {
  Hierarchies h;
  TRY_VOID(c.each("SELECT id, parent_id FROM territories WHERE parent_id IS NOT NULL", {}, [&](db::Row& r) {
    h.territory_parent.emplace(r.text(0), r.text(1));
    return true;
  }));
  TRY_VOID(c.each("SELECT id, parent_id FROM taxonomy_terms WHERE parent_id IS NOT NULL", {}, [&](db::Row& r) {
    h.term_parent.emplace(r.text(0), r.text(1));
    return true;
  }));
  return h;
}

namespace {

// The row and everything derived from it; `save` checks the scope first, the search index's
// maintenance (reindex) rewrites rows as they are.
Result<void> write(db::Connection& c, const Service& s, bool is_new, const Hierarchies& hierarchies,
                   bool defer_search_index, const DerivedColumns* derived_before) {
  DerivedColumns derived_now;
  if (!derived_before) derived_now = derive_columns(s);
  const DerivedColumns& derived = derived_before ? *derived_before : derived_now;
  const std::string &search = derived.search, &names = derived.names, &needs = derived.needs;
  std::string filters = filter_text(s, hierarchies);
  std::optional<double> latitude, longitude;
  for (const auto& l : s.locations)
    if (l.latitude && l.longitude) {
      latitude = l.latitude;
      longitude = l.longitude;
      break;
    }
  db::Params values{s.organization_id,
                    s.status,
                    s.name.fr,
                    s.name.en,
                    s.description.fr,
                    s.description.en,
                    s.eligibility.fr,
                    s.eligibility.en,
                    s.application.fr,
                    s.application.en,
                    s.fees.fr,
                    s.fees.en,
                    int64_t{s.is_free},
                    optional_value(s.minimum_age),
                    optional_value(s.maximum_age),
                    db::null_if_empty(s.url),
                    db::null_if_empty(s.email),
                    s.waiting_list_status,
                    optional_value(s.waiting_list_delay_days),
                    db::null_if_empty(s.waiting_list_as_of),
                    db::null_if_empty(s.verified_at),
                    db::null_if_empty(s.verified_by),
                    derived.document,
                    search,
                    filters,
                    names,
                    needs,
                    optional_value(latitude),
                    optional_value(longitude),
                    s.updated_at,
                    s.id};
  int64_t fts_rowid = 0;
  if (is_new) {
    values.push_back(s.created_at);
    auto inserted = TRY(c.query(
        "INSERT INTO services (organization_id, status, name_fr, name_en, description_fr, description_en, "
        "eligibility_fr, eligibility_en, application_fr, application_en, fees_fr, fees_en, is_free, minimum_age, "
        "maximum_age, url, email, waiting_list_status, waiting_list_delay_days, waiting_list_as_of, verified_at, "
        "verified_by, document, search_text, filter_text, name_key, needs_key, latitude, longitude, updated_at, id, "
        "created_at, fts_rowid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, "
        "?, ?, ?, ?, ?, (SELECT COALESCE(MAX(fts_rowid), 0) + 1 FROM services)) RETURNING fts_rowid",
        values));
    fts_rowid = inserted.front().integer(0);
  } else {
    // Compare-and-set on the version the change was made against, unless it replaces the
    // service whatever its version (an import).
    std::string compare;
    if (s.version != kAnyVersion) {
      compare = " AND version = ?";
      values.push_back(s.version);
    }
    TRY_VOID(db::one_row_changed(TRY(
        c.execute("UPDATE services SET organization_id = ?, status = ?, name_fr = ?, name_en = ?, description_fr = ?, "
                  "description_en = ?, eligibility_fr = ?, eligibility_en = ?, application_fr = ?, application_en = ?, "
                  "fees_fr = ?, fees_en = ?, is_free = ?, minimum_age = ?, maximum_age = ?, url = ?, email = ?, "
                  "waiting_list_status = ?, waiting_list_delay_days = ?, waiting_list_as_of = ?, verified_at = ?, "
                  "verified_by = ?, document = ?, search_text = ?, filter_text = ?, name_key = ?, needs_key = ?, "
                  "latitude = ?, longitude = ?, updated_at = ?, " +
                      std::string(db::kNextVersion) + " WHERE id = ?" + compare,
                  values))));
  }
  std::vector<db::Value> need_ids, languages, territories;
  for (const auto& n : s.needs) need_ids.emplace_back(n.id);
  for (const auto& l : s.language_codes) languages.emplace_back(l);
  for (const auto& t : s.territory_ids) territories.emplace_back(t);
  TRY_VOID(replace_rows(c, "service_needs", "term_id", s.id, need_ids, is_new));
  TRY_VOID(replace_rows(c, "service_languages", "code", s.id, languages, is_new));
  TRY_VOID(replace_rows(c, "service_territories", "territory_id", s.id, territories, is_new));
  if (!is_new) TRY_VOID(c.execute("DELETE FROM service_at_locations WHERE service_id = ?", {s.id}));
  for (size_t i = 0; i < s.locations.size(); ++i) {
    const auto& l = s.locations[i];
    TRY_VOID(c.execute("INSERT INTO service_at_locations (id, service_id, location_id, document) VALUES (?, ?, ?, ?)",
                       {l.service_at_location_id, s.id, l.id, derived.location_documents[i]}));
  }
  if (c.engine() == db::Engine::sqlite) {
    if (!is_new) {
      auto rowid = TRY(db::query_one(c, "SELECT fts_rowid FROM services WHERE id = ?", {s.id}));
      fts_rowid = rowid.integer(0);
      TRY_VOID(c.execute("DELETE FROM services_fts WHERE rowid = ?", {fts_rowid}));
    }
    if (!defer_search_index)
      TRY_VOID(c.execute("INSERT INTO services_fts (rowid, service_id, search_text, filter_text) VALUES (?, ?, ?, ?)",
                         {fts_rowid, s.id, search, filters}));
  }
  return {};
}

}  // namespace

DerivedColumns derive_columns(const Service& s) {
  DerivedColumns d{
      search_text(s), text::fold(s.name.fr + " " + s.name.en), needs_key(s), boost::json::serialize(s.document), {}};
  d.location_documents.reserve(s.locations.size());
  for (const auto& l : s.locations) d.location_documents.push_back(boost::json::serialize(l.service_at_location));
  return d;
}

Result<void> save(db::ScopedConnection& c, const Service& s, bool is_new, const Hierarchies& hierarchies,
                  bool defer_search_index, const DerivedColumns* derived) {
  if (!c.scope().may_change(s.organization_id)) return fail(ErrorCode::forbidden);
  if (!is_new) {
    // The organization it belongs to now must be one the request changes too.
    db::Where where;
    where.add("s.id = ?", {s.id});
    c.changeable(where, "s.organization_id");
    auto rows = TRY(c.query("SELECT 1 FROM services s" + where.sql(), where.params()));
    if (rows.empty()) return fail(ErrorCode::forbidden);
  }
  return write(c.connection(), s, is_new, hierarchies, defer_search_index, derived);
}

Result<void> mark_verified(db::ScopedConnection& c, const std::string& id, const std::string& at,
                           const std::string& by) {
  db::Where where;
  where.add("id = ?", {id});
  c.changeable(where, "organization_id");
  db::Params params{at, by};
  params.insert(params.end(), where.params().begin(), where.params().end());
  if (TRY(c.execute(
          "UPDATE services SET verified_at = ?, verified_by = ?, " + std::string(db::kNextVersion) + where.sql(),
          params)) == 0)
    return fail(ErrorCode::forbidden);
  return {};
}

Result<void> index_pending_services(db::Connection& c) {
  if (c.engine() != db::Engine::sqlite) return {};  // PostgreSQL indexes the column itself
  TRY_VOID(
      c.execute("INSERT INTO services_fts (rowid, service_id, search_text, filter_text) "
                "SELECT s.fts_rowid, s.id, s.search_text, s.filter_text "
                "FROM services s WHERE NOT EXISTS (SELECT 1 FROM services_fts f WHERE f.rowid = s.fts_rowid)"));
  return {};
}

Result<core::Page<Service>> stale(db::ScopedConnection& c, const std::string& before, const core::ListQuery& query) {
  db::Where where;
  where.add("s.status = 'active'").add("s.verified_at IS NULL OR s.verified_at < ?", {before});
  c.changeable(where, "s.organization_id");  // the services this person may verify
  auto ids = TRY(db::select_page<std::string>(c.connection(), "SELECT s.id FROM services s", "services s", where,
                                              query.order(kStaleSorts, "COALESCE(s.verified_at, ''), s.id", "s.id"),
                                              query, [](const db::Row& r) { return r.text(0); }));
  return core::Page<Service>{TRY(load(c.connection(), ids.items)), ids.total};
}

namespace {
Result<size_t> reindex(db::Connection& c, const std::vector<std::string>& ids) {
  auto hierarchies = TRY(load_hierarchies(c));
  for (size_t start = 0; start < ids.size(); start += 500) {
    std::vector<std::string> batch(ids.begin() + start, ids.begin() + std::min(ids.size(), start + 500));
    for (const auto& s : TRY(load(c, batch))) TRY_VOID(write(c, s, false, hierarchies, false, nullptr));
  }
  return ids.size();
}

Result<std::vector<std::string>> ids_of(db::Connection& c, const std::string& sql, const db::Params& params) {
  std::vector<std::string> ids;
  TRY_VOID(c.each(sql, params, [&](db::Row& r) {
    ids.push_back(r.text(0));
    return true;
  }));
  return ids;
}
}  // namespace

Result<size_t> reindex_organization(db::Connection& c, const std::string& organization_id) {
  return reindex(c, TRY(ids_of(c, "SELECT id FROM services WHERE organization_id = ?", {organization_id})));
}

Result<size_t> reindex_territory(db::Connection& c, const std::string& territory_id) {
  // The territory and everything below it: their services carry its ancestors in their tokens.
  std::vector<std::string> territories{territory_id};
  for (size_t i = 0; i < territories.size(); ++i)
    for (auto& child : TRY(ids_of(c, "SELECT id FROM territories WHERE parent_id = ?", {territories[i]})))
      territories.push_back(std::move(child));
  db::Params params(territories.begin(), territories.end());
  return reindex(c, TRY(ids_of(c,
                               "SELECT DISTINCT service_id FROM service_territories WHERE territory_id IN (" +
                                   db::placeholders(params.size()) + ") ORDER BY service_id",
                               params)));
}

Result<size_t> index_filters_of_older_services(db::Connection& c) {
  return reindex(c, TRY(ids_of(c, "SELECT id FROM services WHERE filter_text IS NULL ORDER BY id", {})));
}

Result<size_t> refresh_search_index(db::Connection& c) {
  const std::string key = "search_text_version", version = search_text_version();
  auto stamped = TRY(c.query("SELECT value FROM settings WHERE key = ?", {key}));
  if (!stamped.empty() && stamped.front().text(0) == version) return size_t{0};
  auto ids = TRY(all_ids(c));
  // No service, nothing written in any format: the stamp waits for a start that has services
  // (settings stays empty in a new database).
  if (ids.empty()) return size_t{0};
  auto transaction = TRY(db::Transaction::begin(c));
  size_t count = TRY(reindex(c, ids));
  TRY_VOID(c.execute(
      "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      {key, version}));
  TRY_VOID(transaction.commit());
  return count;
}

Result<std::vector<std::string>> all_ids(db::Connection& c) {
  std::vector<std::string> ids;
  TRY_VOID(c.each("SELECT id FROM services ORDER BY id", {}, [&](db::Row& r) {
    ids.push_back(r.text(0));
    return true;
  }));
  return ids;
}

Result<std::string> change_stamp(db::Connection& c) {
  auto rows = TRY(c.query("SELECT COUNT(*), MAX(updated_at) FROM services"));
  return std::to_string(rows.front().integer(0)) + "/" + rows.front().text(1);
}

Result<void> each_active_search_text(db::Connection& c, const std::function<void(std::string)>& on_text) {
  return c.each("SELECT search_text FROM services WHERE status = 'active'", {}, [&](db::Row& r) {
    on_text(r.text(0));
    return true;
  });
}

}  // namespace filet::directory::service_repository
