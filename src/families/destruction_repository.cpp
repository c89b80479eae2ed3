#include "families/destruction_repository.hpp"

namespace filet::families::destruction_repository {
namespace {

constexpr const char* kContactsOf = "SELECT id FROM family_contacts WHERE family_id = ?";

}  // namespace

Result<Tombstone> tombstone_of(db::ScopedConnection& c, const std::string& family_id) {
  db::Where where;
  where.add("f.id = ?", {family_id});
  c.changeable(where, "f.organization_id");
  auto rows =
      TRY(c.query("SELECT f.organization_id, f.territory_id, f.created_at, f.closed_on, "
                  "(SELECT COUNT(*) FROM family_children x WHERE x.family_id = f.id), "
                  "(SELECT COUNT(*) FROM family_contacts x WHERE x.family_id = f.id), "
                  "(SELECT COUNT(*) FROM family_check_ins x WHERE x.family_id = f.id) FROM families f" +
                      where.sql(),
                  where.params()));
  if (rows.empty()) return fail(ErrorCode::not_found, "family");
  const auto& r = rows.front();
  Tombstone t;
  t.family_id = family_id;
  t.organization_id = r.text(0);
  t.territory_id = r.text(1);
  t.opened_year = std::stoll(r.text(2).substr(0, 4));
  if (auto closed = r.text(3); closed.size() >= 4) t.closed_year = std::stoll(closed.substr(0, 4));
  t.children = r.integer(4);
  t.contacts = r.integer(5);
  t.check_ins = r.integer(6);
  return t;
}

Result<void> destroy(db::ScopedConnection& c, const Tombstone& t) {
  // Only a family the scope may change; a row that vanished meanwhile is not found.
  db::Where where;
  where.add("id = ?", {t.family_id});
  c.changeable(where, "organization_id");
  if (TRY(c.query("SELECT 1 FROM families" + where.sql(), where.params())).empty())
    return fail(ErrorCode::not_found, "family");
  const db::Params id{t.family_id};
  // The wrapped data key first: without it the identity's ciphertext opens nowhere.
  for (const char* table : {"family_identity_keys", "family_identities", "family_name_index", "family_history"})
    TRY_VOID(c.execute(std::string("DELETE FROM ") + table + " WHERE family_id = ?", id));
  for (const char* table : {"family_contact_needs", "family_contact_elements", "family_contact_obstacles"})
    TRY_VOID(c.execute(std::string("DELETE FROM ") + table + " WHERE contact_id IN (" + kContactsOf + ")", id));
  // Its service gaps stay in the register, no longer naming the family nor its referral.
  TRY_VOID(c.execute(
      "UPDATE service_gaps SET family_id = NULL, referral_id = NULL WHERE family_id = ? OR referral_id IN (SELECT id "
      "FROM referrals WHERE family_id = ?)",
      {t.family_id, t.family_id}));
  // A group's parent participant linked to it stays in the group, pseudonymous, without the link.
  TRY_VOID(c.execute("UPDATE group_participants SET family_id = NULL WHERE family_id = ?", id));
  // Its referrals go with it (the receiving organization keeps nothing of a destroyed family).
  for (const char* table : {"referral_needs", "referral_transitions"})
    TRY_VOID(c.execute(
        std::string("DELETE FROM ") + table + " WHERE referral_id IN (SELECT id FROM referrals WHERE family_id = ?)",
        id));
  TRY_VOID(c.execute("DELETE FROM referrals WHERE family_id = ?", id));
  for (const char* table : {"family_contacts", "family_check_ins", "family_consents", "family_children",
                            "family_languages", "family_vulnerabilities"})
    TRY_VOID(c.execute(std::string("DELETE FROM ") + table + " WHERE family_id = ?", id));
  TRY_VOID(c.execute("DELETE FROM families" + where.sql(), where.params()));
  TRY_VOID(c.execute(
      "INSERT INTO family_tombstones (family_id, organization_id, territory_id, opened_year, closed_year, children, "
      "contacts, check_ins, reason, destroyed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {t.family_id, t.organization_id, db::null_if_empty(t.territory_id), t.opened_year,
       t.closed_year ? db::Value{*t.closed_year} : db::Value{}, t.children, t.contacts, t.check_ins, t.reason,
       t.destroyed_on}));
  return {};
}

Result<void> flush_freed_pages(db::Connection& c) {
  if (c.engine() != db::Engine::sqlite) return {};
  TRY_VOID(c.query("PRAGMA wal_checkpoint(TRUNCATE)"));
  return {};
}

Result<std::optional<int64_t>> retention_years(db::Connection& c, const std::string& organization_id) {
  auto rows =
      TRY(c.query("SELECT years_after_closing FROM family_retention WHERE organization_id = ?", {organization_id}));
  if (rows.empty()) return std::optional<int64_t>{};
  return std::optional<int64_t>{rows.front().integer(0)};
}

Result<void> set_retention_years(db::Connection& c, const std::string& organization_id, int64_t years,
                                 const std::string& now) {
  TRY_VOID(
      c.execute("INSERT INTO family_retention (organization_id, years_after_closing, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (organization_id) DO UPDATE SET years_after_closing = excluded.years_after_closing, "
                "updated_at = excluded.updated_at, version = family_retention.version + 1",
                {organization_id, years, now}));
  return {};
}

Result<std::vector<std::pair<std::string, int64_t>>> retention_settings(db::Connection& c) {
  std::vector<std::pair<std::string, int64_t>> out;
  TRY_VOID(c.each("SELECT organization_id, years_after_closing FROM family_retention ORDER BY organization_id", {},
                  [&](const db::Row& r) {
                    out.emplace_back(r.text(0), r.integer(1));
                    return true;
                  }));
  return out;
}

Result<std::vector<std::string>> closed_by(db::ScopedConnection& c, const std::string& organization_id,
                                           const std::string& closed_by) {
  db::Where where;
  where.add("status = 'closed'");
  where.add("closed_on IS NOT NULL");
  where.add("closed_on <= ?", {closed_by});
  if (organization_id.empty())
    where.add("organization_id NOT IN (SELECT organization_id FROM family_retention)");
  else
    where.add("organization_id = ?", {organization_id});
  c.changeable(where, "organization_id");
  std::vector<std::string> ids;
  TRY_VOID(c.each("SELECT id FROM families" + where.sql() + " ORDER BY closed_on, id", where.params(),
                  [&](const db::Row& r) {
                    ids.push_back(r.text(0));
                    return true;
                  }));
  return ids;
}

Result<int64_t> tombstone_count(db::Connection& c, const std::string& organization_id) {
  return TRY(c.query("SELECT COUNT(*) FROM family_tombstones WHERE organization_id = ?", {organization_id}))
      .front()
      .integer(0);
}

}  // namespace filet::families::destruction_repository
