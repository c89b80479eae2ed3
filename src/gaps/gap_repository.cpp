#include "gaps/gap_repository.hpp"

#include "db/record_version.hpp"
#include "db/row_sql.hpp"

namespace filet::gaps::gap_repository {
namespace {

constexpr std::string_view kFrom = "service_gaps g LEFT JOIN families f ON f.id = g.family_id";
constexpr std::string_view kSelect =
    "SELECT g.id, g.organization_id, g.need_id, g.territory_id, g.reason, g.reason_other, g.family_id, f.code, "
    "g.referral_id, g.note, g.gap_date, g.created_by, g.created_at, g.updated_at, g.version "
    "FROM service_gaps g LEFT JOIN families f ON f.id = g.family_id";

// The quarter of a gap as quarter_of writes it ("2026-Q3"); gap_date is a valid date.
constexpr std::string_view kQuarter =
    "substr(g.gap_date, 1, 4) || CASE WHEN substr(g.gap_date, 6, 2) <= '03' THEN '-Q1' WHEN substr(g.gap_date, 6, 2) "
    "<= '06' THEN '-Q2' WHEN substr(g.gap_date, 6, 2) <= '09' THEN '-Q3' ELSE '-Q4' END";

Gap from_row(const db::Row& row) {
  Gap g;
  g.id = row.text(0);
  g.organization_id = row.text(1);
  g.need_id = row.text(2);
  g.territory_id = row.text(3);
  g.reason = row.text(4);
  g.reason_other = row.text(5);
  g.family_id = row.text(6);
  g.family_code = row.text(7);
  g.referral_id = row.text(8);
  g.note = row.text(9);
  g.gap_date = row.text(10);
  g.created_by = row.text(11);
  g.created_at = row.text(12);
  g.updated_at = row.text(13);
  g.version = row.integer(14);
  return g;
}

// What every write sets, in the order of values().
constexpr std::string_view kColumns[] = {"need_id",     "territory_id", "reason",   "reason_other", "family_id",
                                         "referral_id", "note",         "gap_date", "updated_at"};
db::Params values(const Gap& g) {
  return {g.need_id,
          g.territory_id,
          g.reason,
          g.reason_other,
          db::null_if_empty(g.family_id),
          db::null_if_empty(g.referral_id),
          g.note,
          g.gap_date,
          g.updated_at};
}

}  // namespace

Result<Gap> find(db::ScopedConnection& c, const std::string& id) {
  db::Where where;
  where.add("g.id = ?", {id});
  c.readable(where, "g.organization_id", db::Access::identified);
  return from_row(TRY(db::query_one(c.connection(), std::string(kSelect) + where.sql(), where.params())));
}

Result<db::Page<Gap>> list(db::ScopedConnection& c, const Filters& f, const db::ListQuery& query) {
  db::Where where;
  c.readable(where, "g.organization_id", db::Access::identified);
  for (auto [column, value] : {std::pair{"g.organization_id", &f.organization_id},
                               {"g.need_id", &f.need_id},
                               {"g.territory_id", &f.territory_id},
                               {"g.reason", &f.reason},
                               {"g.family_id", &f.family_id},
                               {"g.referral_id", &f.referral_id}})
    if (!value->empty()) where.add(std::string(column) + " = ?", {*value});
  if (!f.from.empty()) where.add("g.gap_date >= ?", {f.from});
  if (!f.to.empty()) where.add("g.gap_date <= ?", {f.to});
  return db::select_page<Gap>(
      c.connection(),
      {std::string(kSelect), {}, std::string(kFrom), where, query.order(kSorts, "g.gap_date DESC, g.id", "g.id")},
      query, from_row);
}

Result<void> insert(db::ScopedConnection& c, const Gap& g) {
  if (c.scope().level(g.organization_id) != db::Access::identified)
    return fail(ErrorCode::forbidden, "organization outside the scope");
  db::Params params = values(g);
  for (const auto& v : {g.id, g.organization_id}) params.emplace_back(v);
  params.emplace_back(db::null_if_empty(g.created_by));
  params.emplace_back(g.created_at);
  params.emplace_back(int64_t{1});
  TRY_VOID(c.execute(
      db::insert_sql("service_gaps", kColumns, {"id", "organization_id", "created_by", "created_at", "version"}),
      params));
  return {};
}

Result<void> update(db::ScopedConnection& c, const Gap& g) {
  TRY_VOID(find(c, g.id));
  db::Params params = values(g);
  params.emplace_back(g.id);
  params.emplace_back(g.version);
  return db::one_row_changed(
      TRY(c.execute(db::versioned_update_sql("service_gaps", kColumns) + " WHERE id = ? AND version = ?", params)));
}

Result<void> remove(db::ScopedConnection& c, const std::string& id) {
  db::Where where;
  where.add("id = ?", {id});
  c.readable(where, "organization_id", db::Access::identified);
  if (TRY(c.execute("DELETE FROM service_gaps" + where.sql(), where.params())) == 0)
    return fail(ErrorCode::not_found, "service gap");
  return {};
}

Result<RegisterGroups> register_groups(db::ScopedConnection& c, const RegisterFilter& f) {
  db::Where where;
  c.readable(where, "g.organization_id", db::Access::aggregate);
  if (!f.from.empty()) where.add("g.gap_date >= ?", {f.from});
  if (!f.to.empty()) where.add("g.gap_date <= ?", {f.to});
  if (!f.setting.empty()) where.add("t.setting = ?", {f.setting});
  RegisterGroups out;
  // By quarter: every quarter of the period, each family once per quarter.
  TRY_VOID(c.each("SELECT " + std::string(kQuarter) +
                      ", COUNT(DISTINCT g.family_id) + SUM(CASE WHEN g.family_id IS NULL THEN 1 ELSE 0 END) "
                      "FROM service_gaps g JOIN territories t ON t.id = g.territory_id" +
                      where.sql() + " GROUP BY 1 ORDER BY 1",
                  where.params(), [&](const db::Row& r) {
                    out.by_quarter.emplace_back(r.text(0), r.integer(1));
                    return true;
                  }));
  if (!f.quarter.empty()) {
    auto [first, next] = quarter_days(f.quarter);
    where.add("g.gap_date >= ?", {first});
    where.add("g.gap_date < ?", {next});
  }
  // First each family's gaps per need, territory and reason (the gaps without a family together),
  // then a family's first such row of a cell (of a reason, of a setting) carries its unit there,
  // so that the groups' units add up to each family once; a gap without a family is one unit.
  auto first_of = [](std::string_view partition) {
    return "CASE WHEN family_id IS NULL THEN gaps WHEN ROW_NUMBER() OVER (PARTITION BY family_id, " +
           std::string(partition) + ") = 1 THEN 1 ELSE 0 END";
  };
  const std::string need_name = f.language == "en" ? "COALESCE(NULLIF(n.name_en, ''), n.name_fr)" : "n.name_fr";
  TRY_VOID(c.each(
      "SELECT x.need_id, COALESCE(" + need_name +
          ", x.need_id), x.territory_id, t.name, x.setting, x.reason, x.gaps, x.cell_units, x.reason_units, "
          "x.setting_units FROM (SELECT need_id, territory_id, setting, reason, SUM(gaps) AS gaps, SUM(in_cell) AS "
          "cell_units, SUM(in_reason) AS reason_units, SUM(in_setting) AS setting_units FROM (SELECT need_id, "
          "territory_id, setting, reason, gaps, " +
          first_of("need_id, territory_id") + " AS in_cell, " + first_of("reason") + " AS in_reason, " +
          first_of("setting") +
          " AS in_setting FROM (SELECT g.need_id, g.territory_id, COALESCE(t.setting, '') AS setting, g.reason, "
          "g.family_id, COUNT(*) AS gaps FROM service_gaps g JOIN territories t ON t.id = g.territory_id" +
          where.sql() +
          " GROUP BY g.need_id, g.territory_id, COALESCE(t.setting, ''), g.reason, g.family_id) f) k GROUP BY "
          "need_id, territory_id, setting, reason) x JOIN territories t ON t.id = x.territory_id LEFT JOIN "
          "taxonomy_terms n ON n.id = x.need_id",
      where.params(), [&](const db::Row& r) {
        out.groups.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.integer(6),
                              r.integer(7), r.integer(8), r.integer(9)});
        return true;
      }));
  return out;
}

Result<std::optional<ReferralForGap>> referral_for_gap(db::ScopedConnection& c, const std::string& referral_id) {
  db::Where where;
  where.add("r.id = ?", {referral_id});
  c.readable(where, "r.organization_id", db::Access::identified);
  auto rows =
      TRY(c.query("SELECT r.id, r.status, COALESCE(r.decline_reason, ''), r.organization_id, r.family_id, "
                  "COALESCE(f.territory_id, '') FROM referrals r JOIN families f ON f.id = r.family_id" +
                      where.sql(),
                  where.params()));
  if (rows.empty()) return std::optional<ReferralForGap>{};
  const auto& row = rows.front();
  ReferralForGap out{row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), "", {}};
  for (const auto& n :
       TRY(c.query("SELECT need_id FROM referral_needs WHERE referral_id = ? ORDER BY need_id", {referral_id})))
    out.need_ids.push_back(n.text(0));
  if (!out.need_ids.empty()) out.need_id = out.need_ids.front();
  return std::optional<ReferralForGap>{std::move(out)};
}

}  // namespace filet::gaps::gap_repository
