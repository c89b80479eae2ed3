#include "privacy/incident_repository.hpp"

#include "common/text.hpp"
#include "db/record_version.hpp"
#include "db/row_sql.hpp"

namespace filet::privacy::incident_repository {
namespace {

constexpr std::string_view kSelect =
    "SELECT i.id, i.organization_id, i.occurred_on, i.occurred_until, i.discovered_on, i.description, "
    "i.information_concerned, i.persons_concerned, i.persons_estimated, i.sensitivity, i.consequences, "
    "i.likelihood_of_misuse, i.serious_risk, i.commission_notified_on, i.persons_notified_on, i.others_notified, "
    "i.measures, i.status, i.created_at, i.updated_at, i.version FROM confidentiality_incidents i";

Incident from_row(const db::Row& r) {
  return {r.text(0),    r.text(1),    r.text(2),  r.text(3),  r.text(4),  r.text(5),     r.text(6),
          r.integer(7), r.boolean(8), r.text(9),  r.text(10), r.text(11), r.boolean(12), r.text(13),
          r.text(14),   r.text(15),   r.text(16), r.text(17), r.text(18), r.text(19),    r.integer(20)};
}

// The scope's filter and the policy's registers on every statement.
db::Where& in_registers(db::ScopedConnection& c, db::Where& where, const Registers& registers) {
  c.changeable(where, "i.organization_id");
  if (registers) {
    db::Params ids(registers->begin(), registers->end());
    where.add(ids.empty() ? "1 = 0" : "i.organization_id IN (" + db::placeholders(ids.size()) + ")", ids);
  }
  return where;
}

std::string search_key(const Incident& i) {
  return text::fold(i.description + " " + i.information_concerned);
}

// What every write sets, in the order of kColumns.
constexpr std::string_view kColumns[] = {"occurred_on",
                                         "occurred_until",
                                         "discovered_on",
                                         "description",
                                         "information_concerned",
                                         "search_key",
                                         "persons_concerned",
                                         "persons_estimated",
                                         "sensitivity",
                                         "consequences",
                                         "likelihood_of_misuse",
                                         "serious_risk",
                                         "commission_notified_on",
                                         "persons_notified_on",
                                         "others_notified",
                                         "measures",
                                         "status",
                                         "updated_at"};
db::Params values(const Incident& i) {
  return {i.occurred_on,
          db::null_if_empty(i.occurred_until),
          i.discovered_on,
          i.description,
          i.information_concerned,
          search_key(i),
          i.persons_concerned,
          int64_t{i.persons_estimated},
          i.sensitivity,
          i.consequences,
          i.likelihood_of_misuse,
          int64_t{i.serious_risk},
          db::null_if_empty(i.commission_notified_on),
          db::null_if_empty(i.persons_notified_on),
          i.others_notified,
          i.measures,
          i.status,
          i.updated_at};
}

}  // namespace

Result<Incident> find(db::ScopedConnection& c, const Registers& registers, const std::string& id) {
  db::Where where;
  where.add("i.id = ?", {id});
  in_registers(c, where, registers);
  return from_row(TRY(db::query_one(c.connection(), std::string(kSelect) + where.sql(), where.params())));
}

Result<db::Page<Incident>> list(db::ScopedConnection& c, const Registers& registers, const Filters& filters,
                                const db::ListQuery& query) {
  db::Where where;
  in_registers(c, where, registers);
  if (!filters.organization_id.empty()) where.add("i.organization_id = ?", {filters.organization_id});
  if (!filters.status.empty()) where.add("i.status = ?", {filters.status});
  if (!filters.from.empty()) where.add("i.discovered_on >= ?", {filters.from});
  if (!filters.to.empty()) where.add("i.discovered_on <= ?", {filters.to});
  if (!query.q.empty()) where.add("i.search_key LIKE ? ESCAPE '\\'", {db::contains_pattern(query.q)});
  return db::select_page<Incident>(c.connection(),
                                   {std::string(kSelect),
                                    {},
                                    "confidentiality_incidents i",
                                    where,
                                    query.order(kSorts, "i.discovered_on DESC, i.id", "i.id")},
                                   query, from_row);
}

Result<void> insert(db::ScopedConnection& c, const Incident& i) {
  // The new row's organization must be one the scope changes, as every other statement filters.
  if (!c.scope().may_change(i.organization_id)) return fail(ErrorCode::forbidden, "organization outside the scope");
  db::Params params = values(i);
  for (auto v : {i.id, i.organization_id, i.created_at}) params.emplace_back(v);
  params.emplace_back(int64_t{1});
  TRY_VOID(c.execute(
      db::insert_sql("confidentiality_incidents", kColumns, {"id", "organization_id", "created_at", "version"}),
      params));
  return {};
}

Result<void> update(db::ScopedConnection& c, const Incident& i) {
  db::Where where;
  where.add("id = ? AND version = ?", {i.id, i.version});
  c.changeable(where, "organization_id");
  db::Params params = values(i);
  for (const auto& p : where.params()) params.push_back(p);
  return db::one_row_changed(
      TRY(c.execute(db::versioned_update_sql("confidentiality_incidents", kColumns) + where.sql(), params)));
}

}  // namespace filet::privacy::incident_repository
