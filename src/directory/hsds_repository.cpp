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

Result<std::vector<std::string>> service_ids(db::Connection& c, const ServiceFilter& filter,
                                             std::optional<PageSlice> slice) {
  auto where = service_where(c.engine(), filter);
  auto [score, params] = score_expression(filter.words);
  for (const auto& v : where.params()) params.push_back(v);
  std::string limit;
  if (slice) {
    limit = " LIMIT ? OFFSET ?";
    params.insert(params.end(), {slice->limit, slice->offset});
  }
  std::string order = score == "0" ? " ORDER BY s.id" : " ORDER BY score DESC, s.name_key, s.id";
  std::vector<std::string> ids;
  TRY_VOID(c.each("SELECT s.id, " + score + " AS score FROM services s" + where.sql() + order + limit, params,
                  [&](db::Row& r) {
                    ids.push_back(r.text(0));
                    return true;
                  }));
  return ids;
}

Result<int64_t> count_services(db::Connection& c, const ServiceFilter& filter) {
  auto where = service_where(c.engine(), filter);
  auto total = TRY(c.query("SELECT COUNT(*) FROM services s" + where.sql(), where.params()));
  return total.front().integer(0);
}

Result<std::pair<int64_t, std::vector<std::pair<std::string, std::string>>>> service_at_locations(db::Connection& c,
                                                                                                  PageSlice slice) {
  auto total = TRY(c.query("SELECT COUNT(*) FROM service_at_locations"));
  std::vector<std::pair<std::string, std::string>> rows;
  TRY_VOID(c.each("SELECT id, service_id FROM service_at_locations ORDER BY id LIMIT ? OFFSET ?",
                  {slice.limit, slice.offset}, [&](db::Row& r) {
                    rows.emplace_back(r.text(0), r.text(1));
                    return true;
                  }));
  return std::pair{total.front().integer(0), std::move(rows)};
}

Result<std::string> service_of_service_at_location(db::Connection& c, const std::string& id) {
  auto row = TRY(db::query_one(c, "SELECT service_id FROM service_at_locations WHERE id = ?", {id}));
  return row.text(0);
}

Result<std::pair<int64_t, boost::json::array>> taxonomies(db::Connection& c, std::optional<PageSlice> slice) {
  auto total = TRY(c.query("SELECT COUNT(*) FROM taxonomies"));
  db::Params params;
  std::string limit;
  if (slice) {
    limit = " LIMIT ? OFFSET ?";
    params = {slice->limit, slice->offset};
  }
  boost::json::array contents;
  TRY_VOID(
      c.each("SELECT id, name, description, uri, version FROM taxonomies ORDER BY id" + limit, params, [&](db::Row& r) {
        boost::json::object t{{"id", r.text(0)}, {"name", r.text(1)}, {"description", r.text(2)}};
        if (!r.is_null(3)) t["uri"] = r.text(3);
        if (!r.is_null(4)) t["version"] = r.text(4);
        contents.push_back(std::move(t));
        return true;
      }));
  return std::pair{total.front().integer(0), std::move(contents)};
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
