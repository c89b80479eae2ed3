#include "referrals/referral_repository.hpp"

#include <map>

#include "db/record_version.hpp"
#include "db/row_sql.hpp"
#include "families/entry_repository.hpp"

namespace filet::referrals::referral_repository {
namespace {

constexpr std::string_view kSelect =
    "SELECT r.id, r.organization_id, r.family_id, f.code, r.to_organization_id, r.service_id, r.urgency, r.message, "
    "r.personalised, r.contact_person, r.accompanied, r.status, r.decline_reason, r.sent_at, r.acknowledged_at, "
    "r.first_contact_at, r.created_by, r.created_at, r.updated_at, r.version "
    "FROM referrals r JOIN families f ON f.id = r.family_id";

Referral from_row(const db::Row& row) {
  Referral r;
  r.id = row.text(0);
  r.organization_id = row.text(1);
  r.family_id = row.text(2);
  r.family_code = row.text(3);
  r.to_organization_id = row.text(4);
  r.service_id = row.text(5);
  r.urgency = row.text(6);
  r.message = row.text(7);
  r.personalised = row.boolean(8);
  r.contact_person = row.text(9);
  r.accompanied = row.boolean(10);
  r.status = row.text(11);
  r.decline_reason = row.text(12);
  r.sent_at = row.text(13);
  r.acknowledged_at = row.text(14);
  r.first_contact_at = row.text(15);
  r.created_by = row.text(16);
  r.created_at = row.text(17);
  r.updated_at = row.text(18);
  r.version = row.integer(19);
  return r;
}

// What the scope reaches: its own organizations' referrals, and those addressed to them once
// sent while the family's referral_sharing consent with the receiver holds today. The referral's
// copy of its consents' span (migration 0028) answers from the inbox's index: exactly when one
// consent is kept; with several, the span is only a bound and the consents are checked too.
db::Where& reachable(db::ScopedConnection& c, db::Where& where, const std::string& today) {
  auto [sent, sent_params] = c.scope().read_filter("r.organization_id", db::Access::identified);
  auto [received, received_params] = c.scope().read_filter("r.to_organization_id", db::Access::identified);
  db::Params params = sent_params;
  for (auto& p : received_params) params.push_back(p);
  for (int i = 0; i < 4; ++i) params.emplace_back(today);
  where.add(sent + " OR (" + received +
                " AND r.sent_at IS NOT NULL AND r.shared_from <= ? AND r.shared_until > ? AND (r.sharing_consents = 1 "
                "OR EXISTS (SELECT 1 FROM family_consents fc WHERE fc.family_id = r.family_id AND fc.purpose = "
                "'referral_sharing' AND fc.partner_organization_id = r.to_organization_id AND fc.given_on <= ? AND "
                "(fc.withdrawn_on IS NULL OR fc.withdrawn_on = '' OR fc.withdrawn_on > ?))))",
            params);
  return where;
}

Result<void> read_needs(db::ScopedConnection& c, std::vector<Referral>& referrals) {
  if (referrals.empty()) return {};
  db::Params ids;
  std::map<std::string, Referral*> by_id;
  for (auto& r : referrals) {
    ids.emplace_back(r.id);
    by_id[r.id] = &r;
  }
  auto rows = TRY(c.query("SELECT referral_id, need_id FROM referral_needs WHERE referral_id IN (" +
                              db::placeholders(ids.size()) + ") ORDER BY referral_id, need_id",
                          ids));
  for (const auto& row : rows) by_id.at(row.text(0))->need_ids.push_back(row.text(1));
  return {};
}

Result<void> write_needs(db::ScopedConnection& c, const Referral& r) {
  TRY_VOID(c.execute("DELETE FROM referral_needs WHERE referral_id = ?", {r.id}));
  for (const auto& need : r.need_ids)
    TRY_VOID(c.execute("INSERT INTO referral_needs (referral_id, need_id) VALUES (?, ?)", {r.id, need}));
  return {};
}

// What every write sets, in the order of values().
constexpr std::string_view kColumns[] = {"urgency",         "message",          "personalised",   "contact_person",
                                         "accompanied",     "status",           "decline_reason", "sent_at",
                                         "acknowledged_at", "first_contact_at", "updated_at"};
db::Params values(const Referral& r) {
  return {r.urgency,
          r.message,
          int64_t{r.personalised},
          r.contact_person,
          int64_t{r.accompanied},
          r.status,
          db::null_if_empty(r.decline_reason),
          db::null_if_empty(r.sent_at),
          db::null_if_empty(r.acknowledged_at),
          db::null_if_empty(r.first_contact_at),
          r.updated_at};
}

}  // namespace

Result<Referral> find(db::ScopedConnection& c, const std::string& id, const std::string& today) {
  db::Where where;
  where.add("r.id = ?", {id});
  reachable(c, where, today);
  std::vector<Referral> found{
      from_row(TRY(db::query_one(c.connection(), std::string(kSelect) + where.sql(), where.params())))};
  TRY_VOID(read_needs(c, found));
  return found.front();
}

Result<db::Page<Referral>> list(db::ScopedConnection& c, const Filters& filters, const db::ListQuery& query,
                                const std::string& today) {
  db::Where where;
  reachable(c, where, today);
  if (filters.box == "sent") {
    auto [sql, params] = c.scope().read_filter("r.organization_id", db::Access::identified);
    where.add(sql, params);
  } else if (filters.box == "received") {
    auto [sql, params] = c.scope().read_filter("r.to_organization_id", db::Access::identified);
    where.add(sql, params);
  }
  if (!filters.status.empty()) where.add("r.status = ?", {filters.status});
  if (filters.overdue) {
    if (*filters.overdue)
      where.add("r.status = 'sent' AND r.sent_at < ?", {filters.overdue_before});
    else
      where.add("NOT (r.status = 'sent' AND r.sent_at < ?)", {filters.overdue_before});
  }
  auto page = TRY(db::select_page<Referral>(
      c.connection(),
      // The total needs no family: each referral has one.
      {std::string(kSelect), {}, "referrals r", where, query.order(kSorts, "r.created_at DESC, r.id", "r.id")}, query,
      from_row));
  TRY_VOID(read_needs(c, page.items));
  return page;
}

Result<void> insert(db::ScopedConnection& c, const Referral& r) {
  if (c.scope().level(r.organization_id) != db::Access::identified)
    return fail(ErrorCode::forbidden, "organization outside the scope");
  db::Params params = values(r);
  for (const auto& v : {r.id, r.organization_id, r.family_id, r.to_organization_id}) params.emplace_back(v);
  params.emplace_back(db::null_if_empty(r.service_id));
  params.emplace_back(db::null_if_empty(r.created_by));
  params.emplace_back(r.created_at);
  params.emplace_back(int64_t{1});
  TRY_VOID(c.execute(db::insert_sql("referrals", kColumns,
                                    {"id", "organization_id", "family_id", "to_organization_id", "service_id",
                                     "created_by", "created_at", "version"}),
                     params));
  TRY_VOID(families::entry_repository::refresh_referral_sharing(c, r.family_id));
  return write_needs(c, r);
}

Result<void> update(db::ScopedConnection& c, const Referral& r, const std::string& today) {
  // Only a referral the scope reaches (find), then compare-and-set on its version.
  TRY_VOID(find(c, r.id, today));
  db::Params params = values(r);
  params.emplace_back(r.id);
  params.emplace_back(r.version);
  TRY_VOID(db::one_row_changed(
      TRY(c.execute(db::versioned_update_sql("referrals", kColumns) + " WHERE id = ? AND version = ?", params))));
  return write_needs(c, r);
}

Result<void> insert_transition(db::ScopedConnection& c, const Transition& t) {
  TRY_VOID(c.execute(
      "INSERT INTO referral_transitions (id, referral_id, step, from_status, to_status, reason, note, made_by, "
      "made_by_organization_id, made_at) VALUES (?, ?, (SELECT COUNT(*) + 1 FROM referral_transitions WHERE "
      "referral_id = ?), ?, ?, ?, ?, ?, ?, ?)",
      {t.id, t.referral_id, t.referral_id, db::null_if_empty(t.from_status), t.to_status, db::null_if_empty(t.reason),
       t.note, db::null_if_empty(t.made_by), t.made_by_organization_id, t.made_at}));
  return {};
}

Result<std::vector<Transition>> transitions_of(db::ScopedConnection& c, const std::string& referral_id,
                                               const std::string& today) {
  TRY_VOID(find(c, referral_id, today));
  auto rows = TRY(
      c.query("SELECT id, referral_id, from_status, to_status, reason, note, made_by, made_by_organization_id, made_at "
              "FROM referral_transitions WHERE referral_id = ? ORDER BY step",
              {referral_id}));
  std::vector<Transition> steps;
  for (const auto& r : rows)
    steps.push_back(
        {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7), r.text(8)});
  return steps;
}

Result<std::string> service_organization(db::Connection& c, const std::string& service_id) {
  auto rows = TRY(c.query("SELECT organization_id FROM services WHERE id = ? AND status = 'active'", {service_id}));
  return rows.empty() ? std::string() : rows.front().text(0);
}

}  // namespace filet::referrals::referral_repository
