#include "journal/journal_repository.hpp"

#include "db/record_version.hpp"
#include "db/row_sql.hpp"
#include "journal/networking_repository.hpp"
#include "journal/outreach_repository.hpp"

namespace filet::journal {

namespace journal_repository {

void filter(db::ScopedConnection& c, db::Where& where, const EntryFilter& f, const db::ListQuery& query) {
  c.readable(where, "e.organization_id", db::Access::deidentified);
  if (!f.from.empty()) where.add("e.entry_date >= ?", {f.from});
  if (!f.to.empty()) where.add("e.entry_date <= ?", {f.to});
  if (!f.organization_id.empty()) where.add("e.organization_id = ?", {f.organization_id});
  if (!f.worker_id.empty()) {
    where.add("e.worker_id = ?", {f.worker_id});
    c.readable(where, "e.organization_id", db::Access::identified);
  }
  if (!query.q.empty()) where.add("e.search_key LIKE ? ESCAPE '\\'", {db::contains_pattern(query.q)});
}

Result<void> keep_version(db::ScopedConnection& c, std::string_view kind, const EntryBase& before,
                          const std::string& document, const std::string& replaced_by, const std::string& at) {
  TRY_VOID(c.execute(
      "INSERT INTO journal_entry_versions (entry_kind, entry_id, version, organization_id, document, replaced_at, "
      "replaced_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {std::string(kind), before.id, before.version, before.organization_id, document, at,
       db::null_if_empty(replaced_by)}));
  return {};
}

Result<int64_t> kept_versions(db::ScopedConnection& c, std::string_view kind, const std::string& entry_id) {
  db::Where where;
  where.add("v.entry_kind = ?", {std::string(kind)}).add("v.entry_id = ?", {entry_id});
  c.readable(where, "v.organization_id", db::Access::identified);
  auto rows = TRY(c.query("SELECT COUNT(*) FROM journal_entry_versions v" + where.sql(), where.params()));
  return rows.front().integer(0);
}

}  // namespace journal_repository

void read_base(const db::Row& r, EntryBase& e) {
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
}

namespace {

template <class Table>
void add_filter(db::ScopedConnection& c, db::Where& where, const typename Table::Filter& f,
                const db::ListQuery& query) {
  journal_repository::filter(c, where, f, query);
  Table::filter(where, f);
}

}  // namespace

template <class Table>
Result<db::Page<typename Table::Entry>> EntryTable<Table>::list(db::ScopedConnection& c, const db::ListQuery& query,
                                                                const Filter& filter) {
  db::Where where;
  add_filter<Table>(c, where, filter, query);
  return db::select_page<Entry>(c.connection(),
                                db::PageSql{std::string(Table::select),
                                            {},
                                            std::string(Table::table) + " e",
                                            where,
                                            query.order(kSorts, "e.entry_date DESC, e.created_at DESC, e.id", "e.id")},
                                query, Table::from_row);
}

template <class Table>
Result<typename Table::Entry> EntryTable<Table>::find(db::ScopedConnection& c, const std::string& id,
                                                      db::Access minimum) {
  db::Where where;
  where.add("e.id = ?", {id});
  c.readable(where, "e.organization_id", minimum);
  auto rows = TRY(c.query(std::string(Table::select) + where.sql(), where.params()));
  if (rows.empty()) return fail(ErrorCode::not_found);
  return Table::from_row(rows.front());
}

template <class Table>
Result<bool> EntryTable<Table>::insert(db::ScopedConnection& c, const Entry& e) {
  db::Params params = Table::values(e);
  for (auto v : {e.id, e.organization_id, e.worker_id, e.created_at}) params.emplace_back(v);
  auto rows =
      TRY(c.execute(db::insert_sql(Table::table, Table::columns, {"id", "organization_id", "worker_id", "created_at"}) +
                        " ON CONFLICT (id) DO NOTHING",
                    params));
  return rows == 1;
}

template <class Table>
Result<void> EntryTable<Table>::update(db::ScopedConnection& c, const Entry& e) {
  db::Where where;
  where.add("id = ?", {e.id}).add("version = ?", {e.version});
  c.readable(where, "organization_id", db::Access::identified);
  db::Params params = Table::values(e);
  for (const auto& p : where.params()) params.push_back(p);
  return db::one_row_changed(
      TRY(c.execute(db::versioned_update_sql(Table::table, Table::columns) + where.sql(), params)));
}

template <class Table>
Result<std::vector<typename Table::Entry>> EntryTable<Table>::after(db::ScopedConnection& c, const Filter& filter,
                                                                    const std::string& after_date,
                                                                    const std::string& after_id, int64_t limit) {
  db::Where where;
  add_filter<Table>(c, where, filter, db::ListQuery{});
  c.readable(where, "e.organization_id", db::Access::identified);
  where.add("e.entry_date > ? OR (e.entry_date = ? AND e.id > ?)", {after_date, after_date, after_id});
  std::vector<Entry> out;
  TRY_VOID(c.each(std::string(Table::select) + where.sql() + " ORDER BY e.entry_date, e.id LIMIT ?",
                  where.with({limit}), [&](db::Row& r) {
                    out.push_back(Table::from_row(r));
                    return true;
                  }));
  return out;
}

template struct EntryTable<OutreachTable>;
template struct EntryTable<NetworkingTable>;

}  // namespace filet::journal
