#include "journal/networking_repository.hpp"

#include "common/text.hpp"
#include "db/record_version.hpp"
#include "journal/journal_repository.hpp"

namespace filet::journal::networking_repository {
namespace {

constexpr std::string_view kSelect =
    "SELECT e.id, e.organization_id, o.name, e.worker_id, u.name, e.entry_date, e.efficacy, e.note, e.created_at, "
    "e.updated_at, e.version, e.partner_organization_id, p.name, e.partner_name, e.category, e.activity, "
    "e.participants "
    "FROM networking_entries e JOIN organizations o ON o.id = e.organization_id "
    "JOIN users u ON u.id = e.worker_id LEFT JOIN organizations p ON p.id = e.partner_organization_id";

NetworkingEntry from_row(const db::Row& r) {
  NetworkingEntry e;
  e.id = r.text(0);
  e.organization_id = r.text(1);
  e.organization_name = r.text(2);
  e.worker_id = r.text(3);
  e.worker_name = r.text(4);
  e.entry_date = r.text(5);
  e.efficacy = r.integer(6);
  e.note = r.text(7);
  e.created_at = r.text(8);
  e.updated_at = r.text(9);
  e.version = r.integer(10);
  e.partner_organization_id = r.text(11);
  e.partner_organization_name = r.text(12);
  e.partner_name = r.text(13);
  e.category = r.text(14);
  e.activity = r.text(15);
  e.participants = r.text(16);
  return e;
}

void add_filter(db::ScopedConnection& c, db::Where& where, const NetworkingFilter& f, const db::ListQuery& query) {
  journal_repository::filter(c, where, f, query);
  if (!f.category.empty()) where.add("e.category = ?", {f.category});
  if (!f.activity.empty()) where.add("e.activity = ?", {f.activity});
}

db::Params values(const NetworkingEntry& e) {
  return {e.entry_date,
          db::null_if_empty(e.partner_organization_id),
          db::null_if_empty(e.partner_name),
          text::fold(e.partner_name.empty() ? e.partner_organization_name : e.partner_name),
          e.category,
          e.activity,
          e.participants,
          e.efficacy,
          db::null_if_empty(e.note),
          e.updated_at};
}
constexpr std::string_view kColumns[] = {"entry_date",   "partner_organization_id",
                                         "partner_name", "search_key",
                                         "category",     "activity",
                                         "participants", "efficacy",
                                         "note",         "updated_at"};

}  // namespace

Result<db::Page<NetworkingEntry>> list(db::ScopedConnection& c, const db::ListQuery& query,
                                       const NetworkingFilter& filter) {
  db::Where where;
  add_filter(c, where, filter, query);
  return db::select_page<NetworkingEntry>(
      c.connection(),
      db::PageSql{std::string(kSelect),
                  {},
                  "networking_entries e",
                  where,
                  query.order(kSorts, "e.entry_date DESC, e.created_at DESC, e.id", "e.id")},
      query, from_row);
}

Result<NetworkingEntry> find(db::ScopedConnection& c, const std::string& id, db::Access minimum) {
  db::Where where;
  where.add("e.id = ?", {id});
  c.readable(where, "e.organization_id", minimum);
  auto rows = TRY(c.query(std::string(kSelect) + where.sql(), where.params()));
  if (rows.empty()) return fail(ErrorCode::not_found);
  return from_row(rows.front());
}

Result<bool> insert(db::ScopedConnection& c, const NetworkingEntry& e) {
  std::string names, marks;
  for (auto column : kColumns) {
    names += std::string(column) + ", ";
    marks += "?, ";
  }
  db::Params params = values(e);
  for (auto v : {e.id, e.organization_id, e.worker_id, e.created_at}) params.emplace_back(v);
  auto rows = TRY(c.execute("INSERT INTO networking_entries (" + names +
                                "id, organization_id, worker_id, created_at) VALUES (" + marks +
                                "?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                            params));
  return rows == 1;
}

Result<void> update(db::ScopedConnection& c, const NetworkingEntry& e) {
  std::string sets;
  for (auto column : kColumns) sets += std::string(column) + " = ?, ";
  db::Where where;
  where.add("id = ?", {e.id}).add("version = ?", {e.version});
  c.readable(where, "organization_id", db::Access::identified);
  db::Params params = values(e);
  for (const auto& p : where.params()) params.push_back(p);
  return db::one_row_changed(
      TRY(c.execute("UPDATE networking_entries SET " + sets + std::string(db::kNextVersion) + where.sql(), params)));
}

Result<std::vector<NetworkingEntry>> after(db::ScopedConnection& c, const NetworkingFilter& filter,
                                           const std::string& after_date, const std::string& after_id, int64_t limit) {
  db::Where where;
  add_filter(c, where, filter, db::ListQuery{});
  c.readable(where, "e.organization_id", db::Access::identified);
  where.add("e.entry_date > ? OR (e.entry_date = ? AND e.id > ?)", {after_date, after_date, after_id});
  std::vector<NetworkingEntry> out;
  TRY_VOID(c.each(std::string(kSelect) + where.sql() + " ORDER BY e.entry_date, e.id LIMIT ?", where.with({limit}),
                  [&](db::Row& r) {
                    out.push_back(from_row(r));
                    return true;
                  }));
  return out;
}

}  // namespace filet::journal::networking_repository
