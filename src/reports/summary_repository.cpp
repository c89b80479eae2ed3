#include "reports/summary_repository.hpp"

#include "families/family_repository.hpp"

namespace filet::reports::summary_repository {
namespace {

using db::Access;

// The journal's entries of the period: `e` is the entries' table, `column` their date.
db::Where entries_where(db::ScopedConnection& c, const Filter& f, const std::string& column) {
  db::Where where;
  c.readable(where, "e.organization_id", Access::aggregate);
  if (!f.organization_id.empty()) where.add("e.organization_id = ?", {f.organization_id});
  if (!f.from.empty()) where.add(column + " >= ?", {f.from});
  if (!f.to.empty()) where.add(column + " <= ?", {f.to});
  return where;
}

// Families accompanied during the period: opened before its end, not closed before its start.
db::Where families_where(db::ScopedConnection& c, const Filter& f, const std::string& today) {
  db::Where where;
  families::family_repository::readable_deidentified(c, where, "f.id", "f.organization_id", today);
  if (!f.organization_id.empty()) where.add("f.organization_id = ?", {f.organization_id});
  if (!f.to.empty()) where.add("f.created_at < ?", {f.to + "T24"});
  if (!f.from.empty()) where.add("(f.closed_on IS NULL OR f.closed_on >= ?)", {f.from});
  return where;
}

Result<void> outreach(db::ScopedConnection& c, const Filter& f, SummaryCounts& out) {
  auto where = entries_where(c, f, "e.entry_date");
  return c.each(
      "SELECT e.strategy, COUNT(*), SUM(e.parents_reached), SUM(e.fathers_reached), SUM(e.children_seen), "
      "SUM(e.new_families), SUM(e.efficacy) FROM outreach_entries e" +
          where.sql() + " GROUP BY e.strategy ORDER BY e.strategy",
      where.params(), [&](const db::Row& r) {
        out.outreach.push_back(
            {r.text(0), r.integer(1), r.integer(2), r.integer(3), r.integer(4), r.integer(5), r.integer(6)});
        return true;
      });
}

Result<void> networking(db::ScopedConnection& c, const Filter& f, SummaryCounts& out) {
  auto where = entries_where(c, f, "e.entry_date");
  return c.each("SELECT e.category, COUNT(*), SUM(e.efficacy) FROM networking_entries e" + where.sql() +
                    " GROUP BY e.category ORDER BY e.category",
                where.params(), [&](const db::Row& r) {
                  out.networking.push_back({r.text(0), r.integer(1), r.integer(2)});
                  return true;
                });
}

Result<void> families(db::ScopedConnection& c, const Filter& f, const std::string& today, SummaryCounts& out) {
  auto where = families_where(c, f, today);
  TRY_VOID(c.each("SELECT f.status, COUNT(*) FROM families f" + where.sql() + " GROUP BY f.status ORDER BY f.status",
                  where.params(), [&](const db::Row& r) {
                    out.families_by_status.push_back({r.text(0), r.integer(1)});
                    return true;
                  }));
  return c.each("SELECT v.factor, COUNT(*) FROM family_vulnerabilities v JOIN families f ON f.id = v.family_id" +
                    where.sql() + " GROUP BY v.factor ORDER BY v.factor",
                where.params(), [&](const db::Row& r) {
                  out.families_by_factor.push_back({r.text(0), r.integer(1)});
                  return true;
                });
}

// The check-ins up to the period's end of the families counted (the first may precede the period).
Result<void> check_ins(db::ScopedConnection& c, const Filter& f, const std::string& today, SummaryCounts& out) {
  auto where = families_where(c, f, today);
  if (!f.to.empty()) where.add("e.check_date <= ?", {f.to});
  return c.each(
      "SELECT e.family_id, e.check_date, e.id, e.trust_link, e.confidence, e.informed, e.resource_use "
      "FROM family_check_ins e JOIN families f ON f.id = e.family_id" +
          where.sql(),
      where.params(), [&](const db::Row& r) {
        out.check_ins.push_back(
            {r.text(0), r.text(1), r.text(2), {r.integer(3), r.integer(4), r.integer(5), r.integer(6)}});
        return true;
      });
}

}  // namespace

Result<SummaryCounts> counts(db::ScopedConnection& c, const Filter& filter, const std::string& today) {
  SummaryCounts out;
  TRY_VOID(outreach(c, filter, out));
  TRY_VOID(networking(c, filter, out));
  TRY_VOID(families(c, filter, today, out));
  TRY_VOID(check_ins(c, filter, today, out));
  return out;
}

}  // namespace filet::reports::summary_repository
