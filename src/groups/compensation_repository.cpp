#include "groups/compensation_repository.hpp"

#include "db/record_version.hpp"
#include "db/row_sql.hpp"
#include "groups/group_repository.hpp"

namespace filet::groups::compensation_repository {
namespace {

constexpr std::string_view kSelect =
    "SELECT k.id, k.group_id, k.session_id, k.participant_id, k.payee_organization_id, k.kind, k.amount_cents, "
    "k.paid_on, k.note, k.created_at, k.updated_at, k.version FROM group_compensations k JOIN work_groups g ON g.id = "
    "k.group_id";
constexpr std::string_view kFrom = "group_compensations k JOIN work_groups g ON g.id = k.group_id";
constexpr std::string_view kColumns[] = {
    "session_id", "participant_id", "payee_organization_id", "kind", "amount_cents", "paid_on", "note", "updated_at"};

Compensation compensation_from(const db::Row& r) {
  Compensation k;
  k.id = r.text(0);
  k.group_id = r.text(1);
  k.session_id = r.text(2);
  k.participant_id = r.text(3);
  k.payee_organization_id = r.text(4);
  k.kind = r.text(5);
  k.amount_cents = r.integer(6);
  k.paid_on = r.text(7);
  k.note = r.text(8);
  k.created_at = r.text(9);
  k.updated_at = r.text(10);
  k.version = r.integer(11);
  return k;
}

db::Params values(const Compensation& k) {
  return {db::null_if_empty(k.session_id),
          db::null_if_empty(k.participant_id),
          db::null_if_empty(k.payee_organization_id),
          k.kind,
          k.amount_cents,
          db::null_if_empty(k.paid_on),
          k.note,
          k.updated_at};
}

}  // namespace

Result<Compensation> find(db::ScopedConnection& c, const auth::GroupReach& reach, const std::string& id) {
  db::Where where;
  where.add("k.id = ?", {id});
  group_repository::reachable(where, reach);
  return compensation_from(TRY(db::query_one(c.connection(), std::string(kSelect) + where.sql(), where.params())));
}

Result<db::Page<Compensation>> list(db::ScopedConnection& c, const auth::GroupReach& reach, const std::string& group_id,
                                    const db::ListQuery& query) {
  db::Where where;
  group_repository::reachable(where, reach);
  if (!group_id.empty()) where.add("k.group_id = ?", {group_id});
  if (!query.q.empty()) where.add("LOWER(k.note) LIKE ? ESCAPE '\\'", {db::contains_pattern(query.q)});
  return db::select_page<Compensation>(c.connection(),
                                       {std::string(kSelect),
                                        {},
                                        std::string(kFrom),
                                        where,
                                        query.order(kCompensationSorts, "k.created_at DESC, k.id", "k.id")},
                                       query, compensation_from);
}

Result<void> insert(db::ScopedConnection& c, const Compensation& k) {
  db::Params params = values(k);
  for (const auto& v : {k.id, k.group_id, k.created_at}) params.emplace_back(v);
  params.emplace_back(int64_t{1});
  TRY_VOID(
      c.execute(db::insert_sql("group_compensations", kColumns, {"id", "group_id", "created_at", "version"}), params));
  return {};
}

Result<void> update(db::ScopedConnection& c, const Compensation& k) {
  db::Params params = values(k);
  params.emplace_back(k.id);
  params.emplace_back(k.version);
  return db::one_row_changed(TRY(
      c.execute(db::versioned_update_sql("group_compensations", kColumns) + " WHERE id = ? AND version = ?", params)));
}

Result<std::vector<CompensationLine>> lines(db::ScopedConnection& c, const auth::GroupReach& reach,
                                            const std::string& program_id) {
  db::Where where;
  group_repository::reachable(where, reach);
  if (!program_id.empty()) where.add("g.program_id = ?", {program_id});
  std::vector<CompensationLine> out;
  // The organization paid: the payee, else the paid participant's organization, else none.
  TRY_VOID(
      c.each("SELECT g.program_id, pr.name, o.id, o.name, k.amount_cents, k.paid_on FROM group_compensations k JOIN "
             "work_groups g ON g.id = k.group_id LEFT JOIN group_programs pr ON pr.id = g.program_id LEFT JOIN "
             "group_participants p ON p.id = k.participant_id LEFT JOIN organizations o ON o.id = "
             "COALESCE(k.payee_organization_id, p.organization_id)" +
                 where.sql(),
             where.params(), [&](const db::Row& r) {
               out.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.integer(4), !r.text(5).empty()});
               return true;
             }));
  return out;
}

}  // namespace filet::groups::compensation_repository
