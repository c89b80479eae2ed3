#include "partnerships/agreement_repository.hpp"

#include <map>

#include "db/record_version.hpp"
#include "db/row_sql.hpp"

namespace filet::partnerships::agreement_repository {
namespace {

constexpr std::string_view kFrom =
    "referral_agreements a JOIN organizations o ON o.id = a.organization_id "
    "JOIN organizations p ON p.id = a.other_organization_id";
constexpr std::string_view kSelect =
    "SELECT a.id, a.organization_id, o.name, a.other_organization_id, p.name, a.what_is_shared, a.how_to_refer, "
    "a.starts_on, a.review_on, a.status, a.created_by, a.created_at, a.updated_at, a.version FROM "
    "referral_agreements a JOIN organizations o ON o.id = "
    "a.organization_id JOIN organizations p ON p.id = a.other_organization_id";

ReferralAgreement from_row(const db::Row& row) {
  ReferralAgreement a;
  a.id = row.text(0);
  a.organization_id = row.text(1);
  a.organization_name = row.text(2);
  a.other_organization_id = row.text(3);
  a.other_organization_name = row.text(4);
  a.what_is_shared = row.text(5);
  a.how_to_refer = row.text(6);
  a.starts_on = row.text(7);
  a.review_on = row.text(8);
  a.status = row.text(9);
  a.created_by = row.text(10);
  a.created_at = row.text(11);
  a.updated_at = row.text(12);
  a.version = row.integer(13);
  return a;
}

// Either side read by the scope (de-identified or more): the scope's own filter on each column,
// joined with OR (each filter alone would ask for both sides).
void either_side(db::ScopedConnection& c, db::Where& where) {
  auto [one, params] = c.scope().read_filter("a.organization_id", db::Access::deidentified);
  auto [other, other_params] = c.scope().read_filter("a.other_organization_id", db::Access::deidentified);
  for (auto& p : other_params) params.push_back(std::move(p));
  where.add(one + " OR " + other, std::move(params));
}

constexpr std::string_view kColumns[] = {
    "other_organization_id", "what_is_shared", "how_to_refer", "starts_on", "review_on", "status", "updated_at"};
db::Params values(const ReferralAgreement& a) {
  return {a.other_organization_id,        a.what_is_shared, a.how_to_refer, a.starts_on,
          db::null_if_empty(a.review_on), a.status,         a.updated_at};
}

// Each side's contacts, in order ('organization': the recording organization's; 'other').
Result<void> read_contacts(db::ScopedConnection& c, std::vector<ReferralAgreement>& agreements) {
  if (agreements.empty()) return {};
  std::map<std::string, ReferralAgreement*> by_id;
  db::Params ids;
  for (auto& a : agreements) {
    by_id[a.id] = &a;
    ids.emplace_back(a.id);
  }
  return c.each(
      "SELECT agreement_id, side, name, role, phone, email FROM referral_agreement_contacts WHERE "
      "agreement_id IN (" +
          db::placeholders(ids.size()) + ") ORDER BY agreement_id, side, position",
      ids, [&](const db::Row& r) {
        auto* a = by_id.at(r.text(0));
        (r.text(1) == "other" ? a->other_contacts : a->contacts)
            .push_back({r.text(2), r.text(3), r.text(4), r.text(5)});
        return true;
      });
}

Result<void> write_contacts(db::ScopedConnection& c, const ReferralAgreement& a) {
  TRY_VOID(c.execute("DELETE FROM referral_agreement_contacts WHERE agreement_id = ?", {a.id}));
  for (const auto& [side, list] : {std::pair{"organization", &a.contacts}, {"other", &a.other_contacts}})
    for (size_t i = 0; i < list->size(); ++i) {
      const auto& k = (*list)[i];
      TRY_VOID(c.execute(
          "INSERT INTO referral_agreement_contacts (agreement_id, side, position, name, role, phone, email) VALUES "
          "(?, ?, ?, ?, ?, ?, ?)",
          {a.id, std::string(side), static_cast<int64_t>(i + 1), k.name, k.role, k.phone, k.email}));
    }
  return {};
}

}  // namespace

Result<ReferralAgreement> find(db::ScopedConnection& c, const std::string& id) {
  db::Where where;
  where.add("a.id = ?", {id});
  either_side(c, where);
  std::vector<ReferralAgreement> found{
      from_row(TRY(db::query_one(c.connection(), std::string(kSelect) + where.sql(), where.params())))};
  TRY_VOID(read_contacts(c, found));
  return found.front();
}

Result<db::Page<ReferralAgreement>> list(db::ScopedConnection& c, const Filters& f, const db::ListQuery& query) {
  db::Where where;
  either_side(c, where);
  if (!f.organization_id.empty())
    where.add("a.organization_id = ? OR a.other_organization_id = ?", {f.organization_id, f.organization_id});
  if (!f.status.empty()) where.add("a.status = ?", {f.status});
  auto page = TRY(db::select_page<ReferralAgreement>(
      c.connection(),
      {std::string(kSelect), {}, std::string(kFrom), where, query.order(kSorts, "a.starts_on DESC, a.id", "a.id")},
      query, from_row));
  TRY_VOID(read_contacts(c, page.items));
  return page;
}

Result<void> insert(db::ScopedConnection& c, const ReferralAgreement& a) {
  if (!c.scope().may_change(a.organization_id) && !c.scope().may_change(a.other_organization_id))
    return fail(ErrorCode::forbidden, "neither organization within the scope");
  db::Params params = values(a);
  params.emplace_back(a.id);
  params.emplace_back(a.organization_id);
  params.emplace_back(db::null_if_empty(a.created_by));
  params.emplace_back(a.created_at);
  params.emplace_back(int64_t{1});
  TRY_VOID(c.execute(
      db::insert_sql("referral_agreements", kColumns, {"id", "organization_id", "created_by", "created_at", "version"}),
      params));
  return write_contacts(c, a);
}

Result<void> update(db::ScopedConnection& c, const ReferralAgreement& a) {
  TRY_VOID(find(c, a.id));
  db::Params params = values(a);
  params.emplace_back(a.id);
  params.emplace_back(a.version);
  TRY_VOID(db::one_row_changed(TRY(
      c.execute(db::versioned_update_sql("referral_agreements", kColumns) + " WHERE id = ? AND version = ?", params))));
  return write_contacts(c, a);
}

}  // namespace filet::partnerships::agreement_repository
