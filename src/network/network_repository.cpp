#include "network/network_repository.hpp"

namespace filet::network::network_repository {
namespace {

Result<std::vector<Link>> links(db::ScopedConnection& c, const std::string& sql, const db::Where& where,
                                const std::string& group_by, const char* kind, bool mutual = false) {
  std::vector<Link> out;
  TRY_VOID(c.each(sql + where.sql() + group_by, where.params(), [&](const db::Row& r) {
    out.push_back({r.text(0), r.text(1), kind, r.integer(2), r.integer(3), mutual});
    return true;
  }));
  return out;
}

// Both ends among `ids` (no condition when empty: every organization is on the map).
void between(db::Where& where, std::string_view from, std::string_view to, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  db::Params params;
  for (int side = 0; side < 2; ++side)
    for (const auto& id : ids) params.emplace_back(id);
  const auto in = db::placeholders(ids.size());
  where.add(std::string(from) + " IN (" + in + ") AND " + std::string(to) + " IN (" + in + ")", params);
}

}  // namespace

Result<std::vector<MapOrganization>> organizations(db::ScopedConnection& c, const std::string& territory_id,
                                                   const std::string& program_id) {
  db::Where where;
  where.add("o.active = 1");
  std::string with;
  db::Params params;
  if (!territory_id.empty()) {
    with =
        "WITH RECURSIVE area (id) AS (SELECT id FROM territories WHERE id = ? UNION ALL SELECT t.id FROM territories t "
        "JOIN area ON t.parent_id = area.id) ";
    params.emplace_back(territory_id);
    where.add(
        "EXISTS (SELECT 1 FROM organization_territories ot JOIN area ON area.id = ot.territory_id WHERE "
        "ot.organization_id = o.id)");
  }
  if (!program_id.empty())
    where.add("EXISTS (SELECT 1 FROM program_organizations po WHERE po.organization_id = o.id AND po.program_id = ?)",
              {program_id});
  for (const auto& p : where.params()) params.push_back(p);
  std::vector<MapOrganization> out;
  TRY_VOID(c.each(with + "SELECT o.id, o.name, o.sector FROM organizations o" + where.sql() + " ORDER BY o.name, o.id",
                  params, [&](const db::Row& r) {
                    out.push_back({r.text(0), r.text(1), r.text(2)});
                    return true;
                  }));
  return out;
}

Result<std::vector<Link>> referral_links(db::ScopedConnection& c, const Period& period,
                                         const std::vector<std::string>& among) {
  db::Where where;
  between(where, "r.organization_id", "r.to_organization_id", among);
  where.add("r.sent_at IS NOT NULL");
  if (!period.from.empty()) where.add("r.sent_at >= ?", {period.from});
  if (!period.to.empty()) where.add("r.sent_at < ?", {period.to + "T24"});
  c.readable(where, "r.organization_id", db::Access::aggregate);
  return links(c,
               "SELECT r.organization_id, r.to_organization_id, COUNT(*), SUM(CASE WHEN r.status = 'completed' THEN 1 "
               "ELSE 0 END) FROM referrals r",
               where, " GROUP BY r.organization_id, r.to_organization_id", "referrals");
}

Result<std::vector<Link>> networking_links(db::ScopedConnection& c, const Period& period,
                                           const std::vector<std::string>& among) {
  db::Where where;
  between(where, "e.organization_id", "e.partner_organization_id", among);
  where.add("e.partner_organization_id IS NOT NULL");
  if (!period.from.empty()) where.add("e.entry_date >= ?", {period.from});
  if (!period.to.empty()) where.add("e.entry_date <= ?", {period.to});
  c.readable(where, "e.organization_id", db::Access::aggregate);
  return links(c, "SELECT e.organization_id, e.partner_organization_id, COUNT(*), 0 FROM networking_entries e", where,
               " GROUP BY e.organization_id, e.partner_organization_id", "networking");
}

Result<std::vector<Link>> key_partner_links(db::ScopedConnection& c, const Period& period,
                                            const std::vector<std::string>& among) {
  db::Where where;
  between(where, "k.organization_id", "k.partner_organization_id", among);
  where.add("k.partner_organization_id IS NOT NULL");
  if (!period.from.empty()) where.add("k.period_to >= ?", {period.from});
  if (!period.to.empty()) where.add("k.period_from <= ?", {period.to});
  c.readable(where, "k.organization_id", db::Access::aggregate);
  return links(c, "SELECT k.organization_id, k.partner_organization_id, COUNT(*), 0 FROM key_partners k", where,
               " GROUP BY k.organization_id, k.partner_organization_id", "key_partners");
}

Result<std::vector<Link>> agreement_links(db::ScopedConnection& c, const Period& period,
                                          const std::vector<std::string>& among) {
  db::Where where;
  between(where, "a.organization_id", "a.other_organization_id", among);
  where.add("a.status = 'active'");
  if (!period.to.empty()) where.add("a.starts_on <= ?", {period.to});
  // Either side read by the scope: each side's filter alone would ask for both.
  auto [one, params] = c.scope().read_filter("a.organization_id", db::Access::aggregate);
  auto [other, other_params] = c.scope().read_filter("a.other_organization_id", db::Access::aggregate);
  for (auto& p : other_params) params.push_back(std::move(p));
  where.add(one + " OR " + other, std::move(params));
  return links(c, "SELECT a.organization_id, a.other_organization_id, COUNT(*), 0 FROM referral_agreements a", where,
               " GROUP BY a.organization_id, a.other_organization_id", "agreements", true);
}

}  // namespace filet::network::network_repository
