#include "directory/hsds_repository.hpp"

#include "db/where.hpp"
#include "directory/search.hpp"

namespace filet::directory::hsds_repository {
namespace {

db::Where service_where(db::Engine engine, const ServiceFilter& f) {
  db::Where where;
  match_words(where, engine, f.words);
  if (!f.taxonomy_term_id.empty())
    where.add("s.id IN (SELECT service_id FROM service_needs WHERE term_id = ?)", {f.taxonomy_term_id});
  if (!f.taxonomy_id.empty())
    where.add(
        "s.id IN (SELECT sn.service_id FROM service_needs sn JOIN taxonomy_terms t ON t.id = sn.term_id "
        "WHERE t.taxonomy_id = ?)",
        {f.taxonomy_id});
  if (!f.organization_id.empty()) where.add("s.organization_id = ?", {f.organization_id});
  if (!f.modified_after.empty()) where.add("s.updated_at > ?", {f.modified_after});
  return where;
}

}  // namespace

namespace {
// The matching services' ids and scores: ranked like the practitioner search with words, else by id.
db::PageSql service_sql(db::Engine engine, const ServiceFilter& filter) {
  auto [score, params] = score_expression(filter.words);
  std::string order = score == "0" ? "s.id" : "score DESC, s.name_key, s.id";
  return {"SELECT s.id, " + score + " AS score FROM services s", std::move(params), "services s",
          service_where(engine, filter), std::move(order)};
}
}  // namespace

Result<db::Page<std::string>> service_page(db::Connection& c, const ServiceFilter& filter, const db::ListQuery& query) {
  return db::select_page<std::string>(c, service_sql(c.engine(), filter), query,
                                      [](const db::Row& r) { return r.text(0); });
}

Result<std::vector<std::string>> service_ids(db::Connection& c, const ServiceFilter& filter) {
  auto sql = service_sql(c.engine(), filter);
  db::Params params = sql.select_params;
  for (const auto& v : sql.where.params()) params.push_back(v);
  std::vector<std::string> ids;
  TRY_VOID(c.each(sql.select + sql.where.sql() + " ORDER BY " + sql.order, params, [&](db::Row& r) {
    ids.push_back(r.text(0));
    return true;
  }));
  return ids;
}

Result<db::Page<std::pair<std::string, std::string>>> service_at_locations(db::Connection& c,
                                                                           const db::ListQuery& query) {
  return db::select_page<std::pair<std::string, std::string>>(c, "SELECT id, service_id FROM service_at_locations",
                                                              "service_at_locations", {}, "id", query,
                                                              [](const db::Row& r) {
                                                                return std::pair{r.text(0), r.text(1)};
                                                              });
}

Result<std::string> service_of_service_at_location(db::Connection& c, const std::string& id) {
  auto row = TRY(db::query_one(c, "SELECT service_id FROM service_at_locations WHERE id = ?", {id}));
  return row.text(0);
}

Result<db::Page<boost::json::object>> taxonomies(db::Connection& c, const db::ListQuery& query) {
  return db::select_page<boost::json::object>(
      c, "SELECT id, name, description, uri, version FROM taxonomies", "taxonomies", {}, "id", query,
      [](const db::Row& r) {
        boost::json::object t{{"id", r.text(0)}, {"name", r.text(1)}, {"description", r.text(2)}};
        if (!r.is_null(3)) t["uri"] = r.text(3);
        if (!r.is_null(4)) t["version"] = r.text(4);
        return t;
      });
}

Result<std::map<std::string, std::string>> territory_names(db::Connection& c) {
  std::map<std::string, std::string> names;
  TRY_VOID(c.each("SELECT id, name FROM territories", {}, [&](db::Row& r) {
    names.emplace(r.text(0), r.text(1));
    return true;
  }));
  return names;
}

}  // namespace filet::directory::hsds_repository
