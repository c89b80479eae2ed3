#include "partnerships/key_partner_repository.hpp"

#include <map>

#include "db/record_version.hpp"
#include "db/row_sql.hpp"

namespace filet::partnerships::key_partner_repository {
namespace {

constexpr std::string_view kFrom = "key_partners k LEFT JOIN organizations po ON po.id = k.partner_organization_id";
constexpr std::string_view kSelect =
    "SELECT k.id, k.organization_id, k.period_from, k.period_to, k.chooser_id, k.chooser_role, "
    "k.partner_organization_id, k.partner_name, po.name, k.category, k.links_families, k.shares_dialogue, "
    "k.adapts_practices, k.solutions, k.difficult, k.created_at, k.updated_at, k.version "
    "FROM key_partners k LEFT JOIN organizations po ON po.id = k.partner_organization_id";

KeyPartner from_row(const db::Row& row) {
  KeyPartner k;
  k.id = row.text(0);
  k.organization_id = row.text(1);
  k.period_from = row.text(2);
  k.period_to = row.text(3);
  k.chooser_id = row.text(4);
  k.chooser_role = row.text(5);
  k.partner_organization_id = row.text(6);
  k.partner_name = row.text(7);
  k.partner_organization_name = row.text(8);
  k.category = row.text(9);
  k.links_families = row.boolean(10);
  k.shares_dialogue = row.boolean(11);
  k.adapts_practices = row.boolean(12);
  k.solutions = row.text(13);
  k.difficult = row.boolean(14);
  k.created_at = row.text(15);
  k.updated_at = row.text(16);
  k.version = row.integer(17);
  return k;
}

void visible(db::ScopedConnection& c, db::Where& where, const Visibility& who) {
  c.readable(where, "k.organization_id", db::Access::identified);
  db::Params params;
  std::string clause = "k.chooser_id = ?";
  params.emplace_back(who.own_user_id);
  if (!who.whole_organizations.empty()) {
    clause += " OR k.organization_id IN (" + db::placeholders(who.whole_organizations.size()) + ")";
    for (const auto& o : who.whole_organizations) params.emplace_back(o);
  }
  where.add(clause, params);
}

// Every choice's factors, read in one query for the page.
Result<void> read_factors(db::ScopedConnection& c, std::vector<KeyPartner>& items) {
  if (items.empty()) return {};
  std::map<std::string, KeyPartner*> by_id;
  db::Params ids;
  for (auto& k : items) {
    by_id[k.id] = &k;
    ids.emplace_back(k.id);
  }
  return c.each("SELECT key_partner_id, kind, code FROM key_partner_factors WHERE key_partner_id IN (" +
                    db::placeholders(ids.size()) + ") ORDER BY key_partner_id, kind, code",
                ids, [&](const db::Row& r) {
                  auto* k = by_id[r.text(0)];
                  (r.text(1) == "success" ? k->success_factors : k->obstacles).push_back(r.text(2));
                  return true;
                });
}

Result<void> write_factors(db::ScopedConnection& c, const KeyPartner& k) {
  TRY_VOID(c.execute("DELETE FROM key_partner_factors WHERE key_partner_id = ?", {k.id}));
  for (auto [kind, codes] : {std::pair{"success", &k.success_factors}, {"obstacle", &k.obstacles}})
    for (const auto& code : *codes)
      TRY_VOID(c.execute("INSERT INTO key_partner_factors (key_partner_id, kind, code) VALUES (?, ?, ?)",
                         {k.id, std::string(kind), code}));
  return {};
}

constexpr std::string_view kColumns[] = {"period_from",     "period_to",        "partner_organization_id",
                                         "partner_name",    "category",         "links_families",
                                         "shares_dialogue", "adapts_practices", "solutions",
                                         "difficult",       "updated_at"};
db::Params values(const KeyPartner& k) {
  return {k.period_from,
          k.period_to,
          db::null_if_empty(k.partner_organization_id),
          k.partner_name,
          k.category,
          int64_t{k.links_families},
          int64_t{k.shares_dialogue},
          int64_t{k.adapts_practices},
          k.solutions,
          int64_t{k.difficult},
          k.updated_at};
}

}  // namespace

Result<KeyPartner> find(db::ScopedConnection& c, const Visibility& who, const std::string& id) {
  db::Where where;
  where.add("k.id = ?", {id});
  visible(c, where, who);
  std::vector<KeyPartner> one{
      from_row(TRY(db::query_one(c.connection(), std::string(kSelect) + where.sql(), where.params())))};
  TRY_VOID(read_factors(c, one));
  return std::move(one.front());
}

Result<db::Page<KeyPartner>> list(db::ScopedConnection& c, const Visibility& who, const Filters& f,
                                  const db::ListQuery& query) {
  db::Where where;
  visible(c, where, who);
  if (!f.organization_id.empty()) where.add("k.organization_id = ?", {f.organization_id});
  if (!f.chooser_id.empty()) where.add("k.chooser_id = ?", {f.chooser_id});
  if (!f.from.empty()) where.add("k.period_to >= ?", {f.from});
  if (!f.to.empty()) where.add("k.period_from <= ?", {f.to});
  auto page = TRY(db::select_page<KeyPartner>(c.connection(),
                                              {std::string(kSelect),
                                               {},
                                               std::string(kFrom),
                                               where,
                                               query.order(kSorts, "k.period_from DESC, k.created_at, k.id", "k.id")},
                                              query, from_row));
  TRY_VOID(read_factors(c, page.items));
  return page;
}

Result<int64_t> count_overlapping(db::ScopedConnection& c, const std::string& organization_id,
                                  const std::string& chooser_id, const std::string& from, const std::string& to,
                                  const std::string& except_id) {
  db::Where where;
  c.readable(where, "organization_id", db::Access::identified);
  where.add("organization_id = ? AND chooser_id = ? AND period_from <= ? AND period_to >= ? AND id <> ?",
            {organization_id, chooser_id, to, from, except_id});
  return TRY(c.query("SELECT COUNT(*) FROM key_partners" + where.sql(), where.params())).front().integer(0);
}

Result<void> insert(db::ScopedConnection& c, const KeyPartner& k) {
  if (c.scope().level(k.organization_id) != db::Access::identified)
    return fail(ErrorCode::forbidden, "organization outside the scope");
  db::Params params = values(k);
  for (const auto& v : {k.id, k.organization_id, k.chooser_id, k.chooser_role, k.created_at}) params.emplace_back(v);
  params.emplace_back(int64_t{1});
  TRY_VOID(c.execute(db::insert_sql("key_partners", kColumns,
                                    {"id", "organization_id", "chooser_id", "chooser_role", "created_at", "version"}),
                     params));
  return write_factors(c, k);
}

Result<void> update(db::ScopedConnection& c, const KeyPartner& k) {
  if (c.scope().level(k.organization_id) != db::Access::identified) return fail(ErrorCode::not_found, "key partner");
  db::Params params = values(k);
  params.emplace_back(k.id);
  params.emplace_back(k.version);
  TRY_VOID(db::one_row_changed(
      TRY(c.execute(db::versioned_update_sql("key_partners", kColumns) + " WHERE id = ? AND version = ?", params))));
  return write_factors(c, k);
}

Result<void> remove(db::ScopedConnection& c, const std::string& id) {
  db::Where where;
  where.add("id = ?", {id});
  c.readable(where, "organization_id", db::Access::identified);
  TRY_VOID(c.execute(
      "DELETE FROM key_partner_factors WHERE key_partner_id IN (SELECT id FROM key_partners" + where.sql() + ")",
      where.params()));
  if (TRY(c.execute("DELETE FROM key_partners" + where.sql(), where.params())) == 0)
    return fail(ErrorCode::not_found, "key partner");
  return {};
}

Result<bool> organization_exists(db::Connection& c, const std::string& id) {
  return !TRY(c.query("SELECT 1 FROM organizations WHERE id = ?", {id})).empty();
}

Result<std::vector<CategoryCounts>> category_counts(db::ScopedConnection& c, const std::string& from,
                                                    const std::string& to) {
  db::Where where;
  c.readable(where, "organization_id", db::Access::aggregate);
  if (!from.empty()) where.add("period_to >= ?", {from});
  if (!to.empty()) where.add("period_from <= ?", {to});
  std::vector<CategoryCounts> out;
  TRY_VOID(
      c.each("SELECT category, chooser_role, COUNT(*), SUM(links_families), SUM(shares_dialogue), "
             "SUM(adapts_practices) FROM key_partners" +
                 where.sql() + " GROUP BY category, chooser_role ORDER BY category, chooser_role",
             where.params(), [&](const db::Row& r) {
               out.push_back({r.text(0), r.text(1), r.integer(2), r.integer(3), r.integer(4), r.integer(5)});
               return true;
             }));
  return out;
}

}  // namespace filet::partnerships::key_partner_repository
