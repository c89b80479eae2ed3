#include "core/user_repository.hpp"

#include <map>

#include "common/text.hpp"
#include "db/record_version.hpp"

namespace filet::core::user_repository {
namespace {

constexpr std::string_view kSelect =
    "SELECT u.id, u.email, u.name, u.locale, u.is_admin, u.active, u.created_at, u.updated_at, u.version FROM users u";

User from_row(const db::Row& r) {
  return {r.text(0),    r.text(1), r.text(2), r.text(3), r.boolean(4),
          r.boolean(5), {},        r.text(6), r.text(7), r.integer(8)};
}

Result<void> attach_memberships(db::Connection& c, std::vector<User>& users) {
  if (users.empty()) return {};
  db::Params ids;
  std::map<std::string, User*> by_id;
  for (auto& u : users) {
    ids.emplace_back(u.id);
    by_id[u.id] = &u;
  }
  TRY_VOID(
      c.each("SELECT m.user_id, m.organization_id, o.name, m.role FROM memberships m "
             "JOIN organizations o ON o.id = m.organization_id WHERE m.user_id IN (" +
                 db::placeholders(ids.size()) + ") ORDER BY o.search_key, m.role",
             ids, [&](const db::Row& r) {
               if (auto role = auth::role_from_name(r.text(3)))
                 by_id[r.text(0)]->memberships.push_back({r.text(1), r.text(2), *role});
               return true;
             }));
  return {};
}

}  // namespace

Result<User> find(db::Connection& c, const std::string& id) {
  auto row = TRY(db::query_one(c, std::string(kSelect) + " WHERE u.id = ?", {id}));
  std::vector<User> one{from_row(row)};
  TRY_VOID(attach_memberships(c, one));
  return std::move(one.front());
}

Result<std::optional<std::string>> id_by_email(db::Connection& c, const std::string& email) {
  auto rows = TRY(c.query("SELECT id FROM users WHERE email = ?", {email}));
  if (rows.empty()) return std::optional<std::string>{};
  return rows.front().text(0);
}

Result<int64_t> count(db::Connection& c) {
  auto rows = TRY(c.query("SELECT COUNT(*) FROM users"));
  return rows.front().integer(0);
}

Result<Page<User>> list(db::Connection& c, const ListQuery& query) {
  db::Where where;
  query.apply(where, "u");
  auto page = TRY(select_page<User>(c, kSelect, "users u", where, query.order(kSorts, "u.search_key, u.id", "u.id"),
                                    query, from_row));
  TRY_VOID(attach_memberships(c, page.items));
  return page;
}

Result<void> save(db::Connection& c, const User& u, bool is_new) {
  // search_key covers the name and the email, so either finds the account.
  db::Params values{
      u.email,      u.name, text::fold(u.name + " " + u.email), u.locale, int64_t{u.is_admin}, int64_t{u.active},
      u.updated_at, u.id};
  if (is_new) {
    values.push_back(u.created_at);
    TRY_VOID(
        c.execute("INSERT INTO users (email, name, search_key, locale, is_admin, active, updated_at, id, "
                  "created_at, password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
                  values));
  } else {
    values.push_back(u.version);
    return db::one_row_changed(
        TRY(c.execute("UPDATE users SET email = ?, name = ?, search_key = ?, locale = ?, is_admin = ?, active = ?, "
                      "updated_at = ?, " +
                          std::string(db::kNextVersion) + " WHERE id = ? AND version = ?",
                      values)));
  }
  return {};
}

Result<void> set_password(db::Connection& c, const std::string& id, const std::string& hash) {
  TRY_VOID(c.execute("UPDATE users SET password_hash = ? WHERE id = ?", {hash, id}));
  return {};
}

Result<void> set_memberships(db::Connection& c, const std::string& id,
                             const std::vector<MembershipChange>& memberships) {
  TRY_VOID(c.execute("DELETE FROM memberships WHERE user_id = ?", {id}));
  for (const auto& m : memberships)
    TRY_VOID(
        c.execute("INSERT INTO memberships (user_id, organization_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                  {id, m.organization_id, std::string(auth::role_name(m.role))}));
  return {};
}

Result<void> end_sessions(db::Connection& c, const std::string& id) {
  TRY_VOID(c.execute("DELETE FROM sessions WHERE user_id = ?", {id}));
  return {};
}

}  // namespace filet::core::user_repository
