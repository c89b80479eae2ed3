#include "partnerships/agreement_repository.hpp"

#include "db/record_version.hpp"
#include "db/row_sql.hpp"

namespace filet::partnerships::agreement_repository {
namespace {

constexpr std::string_view kFrom =
    "referral_agreements a JOIN organizations o ON o.id = a.organization_id "
    "JOIN organizations p ON p.id = a.other_organization_id";
constexpr std::string_view kSelect =
    "SELECT a.id, a.organization_id, o.name, a.other_organization_id, p.name, a.contact_name, a.contact_role, "
    "a.contact_phone, a.contact_email, a.other_contact_name, a.other_contact_role, a.other_contact_phone, "
    "a.other_contact_email, a.what_is_shared, a.how_to_refer, a.starts_on, a.review_on, a.status, a.created_by, "
    "a.created_at, a.updated_at, a.version FROM referral_agreements a JOIN organizations o ON o.id = "
    "a.organization_id JOIN organizations p ON p.id = a.other_organization_id";

ReferralAgreement from_row(const db::Row& row) {
  ReferralAgreement a;
  a.id = row.text(0);
  a.organization_id = row.text(1);
  a.organization_name = row.text(2);
  a.other_organization_id = row.text(3);
  a.other_organization_name = row.text(4);
  a.contact = {row.text(5), row.text(6), row.text(7), row.text(8)};
  a.other_contact = {row.text(9), row.text(10), row.text(11), row.text(12)};
  a.what_is_shared = row.text(13);
  a.how_to_refer = row.text(14);
  a.starts_on = row.text(15);
  a.review_on = row.text(16);
  a.status = row.text(17);
  a.created_by = row.text(18);
  a.created_at = row.text(19);
  a.updated_at = row.text(20);
  a.version = row.integer(21);
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

constexpr std::string_view kColumns[] = {"other_organization_id",
                                         "contact_name",
                                         "contact_role",
                                         "contact_phone",
                                         "contact_email",
                                         "other_contact_name",
                                         "other_contact_role",
                                         "other_contact_phone",
                                         "other_contact_email",
                                         "what_is_shared",
                                         "how_to_refer",
                                         "starts_on",
                                         "review_on",
                                         "status",
                                         "updated_at"};
db::Params values(const ReferralAgreement& a) {
  return {a.other_organization_id,
          a.contact.name,
          a.contact.role,
          a.contact.phone,
          a.contact.email,
          a.other_contact.name,
          a.other_contact.role,
          a.other_contact.phone,
          a.other_contact.email,
          a.what_is_shared,
          a.how_to_refer,
          a.starts_on,
          db::null_if_empty(a.review_on),
          a.status,
          a.updated_at};
}

}  // namespace

Result<ReferralAgreement> find(db::ScopedConnection& c, const std::string& id) {
  db::Where where;
  where.add("a.id = ?", {id});
  either_side(c, where);
  return from_row(TRY(db::query_one(c.connection(), std::string(kSelect) + where.sql(), where.params())));
}

Result<db::Page<ReferralAgreement>> list(db::ScopedConnection& c, const Filters& f, const db::ListQuery& query) {
  db::Where where;
  either_side(c, where);
  if (!f.organization_id.empty())
    where.add("a.organization_id = ? OR a.other_organization_id = ?", {f.organization_id, f.organization_id});
  if (!f.status.empty()) where.add("a.status = ?", {f.status});
  return db::select_page<ReferralAgreement>(
      c.connection(),
      {std::string(kSelect), {}, std::string(kFrom), where, query.order(kSorts, "a.starts_on DESC, a.id", "a.id")},
      query, from_row);
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
  return {};
}

Result<void> update(db::ScopedConnection& c, const ReferralAgreement& a) {
  TRY_VOID(find(c, a.id));
  db::Params params = values(a);
  params.emplace_back(a.id);
  params.emplace_back(a.version);
  return db::one_row_changed(TRY(
      c.execute(db::versioned_update_sql("referral_agreements", kColumns) + " WHERE id = ? AND version = ?", params)));
}

}  // namespace filet::partnerships::agreement_repository
