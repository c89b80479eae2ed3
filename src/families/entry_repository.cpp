#include "families/entry_repository.hpp"

#include <map>
#include <set>

#include "db/record_version.hpp"
#include "families/family_repository.hpp"

namespace filet::families::entry_repository {
namespace {

using db::Access;

// The scope's identified filter on the entry table aliased e, plus the caller's conditions.
db::Where scoped_where(db::ScopedConnection& c) {
  db::Where where;
  c.readable(where, "e.organization_id", Access::identified);
  return where;
}

template <class T, class FromRow>
Result<std::vector<T>> all(db::ScopedConnection& c, const std::string& sql, const db::Where& where,
                           const std::string& order, FromRow from_row) {
  std::vector<T> out;
  TRY_VOID(c.each(sql + where.sql() + " ORDER BY " + order, where.params(), [&](const db::Row& r) {
    out.push_back(from_row(r));
    return true;
  }));
  return out;
}

template <class T>
Result<T> only(Result<std::vector<T>> found) {
  auto rows = TRY(std::move(found));
  if (rows.empty()) return fail(ErrorCode::not_found, "family entry");
  return std::move(rows.front());
}

// Compare-and-set of an entry in `table` (alias e) the scope reads identified.
Result<void> update_entry(db::ScopedConnection& c, const std::string& table, const std::string& set, db::Params values,
                          const std::string& id, int64_t version) {
  db::Where where;
  where.add("id = ?", {id});
  where.add("version = ?", {version});
  c.readable(where, "organization_id", Access::identified);
  for (const auto& p : where.params()) values.push_back(p);
  return db::one_row_changed(
      TRY(c.execute("UPDATE " + table + " SET " + set + ", " + std::string(db::kNextVersion) + where.sql(), values)));
}

// ---- consents
constexpr std::string_view kConsentSelect =
    "SELECT e.id, e.organization_id, e.family_id, e.purpose, e.partner_organization_id, e.given_on, e.given_how, "
    "e.withdrawn_on, e.recorded_by, e.created_at, e.updated_at, e.version FROM family_consents e";

Consent consent_row(const db::Row& r) {
  return {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4),  r.text(5),
          r.text(6), r.text(7), r.text(8), r.text(9), r.text(10), r.integer(11)};
}

// ---- contacts
constexpr std::string_view kContactSelect =
    "SELECT e.id, e.organization_id, e.family_id, e.contact_date, e.mode, e.initiated_by, e.duration_minutes, "
    "e.tried, e.notes, e.recorded_by, e.created_at, e.updated_at, e.version FROM family_contacts e";

Contact contact_row(const db::Row& r) {
  Contact e;
  e.id = r.text(0);
  e.organization_id = r.text(1);
  e.family_id = r.text(2);
  e.contact_date = r.text(3);
  e.mode = r.text(4);
  e.initiated_by = r.text(5);
  e.duration_minutes = r.optional_integer(6);
  e.tried = r.text(7);
  e.notes = r.text(8);
  e.recorded_by = r.text(9);
  e.created_at = r.text(10);
  e.updated_at = r.text(11);
  e.version = r.integer(12);
  return e;
}

// Needs, elements and obstacles of a set of contacts, one query each.
Result<void> attach_lists(db::ScopedConnection& c, std::vector<Contact>& contacts) {
  if (contacts.empty()) return {};
  db::Params ids;
  std::map<std::string, Contact*> by_id;
  for (auto& e : contacts) {
    ids.emplace_back(e.id);
    by_id[e.id] = &e;
  }
  const std::string in = " WHERE contact_id IN (" + db::placeholders(ids.size()) + ") ORDER BY 1, 2";
  TRY_VOID(c.each("SELECT contact_id, need_id FROM family_contact_needs" + in, ids, [&](const db::Row& r) {
    by_id[r.text(0)]->need_ids.push_back(r.text(1));
    return true;
  }));
  TRY_VOID(c.each("SELECT contact_id, element FROM family_contact_elements" + in, ids, [&](const db::Row& r) {
    by_id[r.text(0)]->elements.push_back(r.text(1));
    return true;
  }));
  TRY_VOID(c.each("SELECT contact_id, obstacle FROM family_contact_obstacles" + in, ids, [&](const db::Row& r) {
    by_id[r.text(0)]->obstacles.push_back(r.text(1));
    return true;
  }));
  return {};
}

Result<void> set_contact_lists(db::ScopedConnection& c, const Contact& e) {
  for (const char* table : {"family_contact_needs", "family_contact_elements", "family_contact_obstacles"})
    TRY_VOID(c.execute(std::string("DELETE FROM ") + table + " WHERE contact_id = ?", {e.id}));
  for (const auto& need : e.need_ids)
    TRY_VOID(c.execute("INSERT INTO family_contact_needs (contact_id, need_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       {e.id, need}));
  for (const auto& element : e.elements)
    TRY_VOID(c.execute("INSERT INTO family_contact_elements (contact_id, element) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       {e.id, element}));
  for (const auto& obstacle : e.obstacles)
    TRY_VOID(
        c.execute("INSERT INTO family_contact_obstacles (contact_id, obstacle) VALUES (?, ?) ON CONFLICT DO NOTHING",
                  {e.id, obstacle}));
  return {};
}

db::Value optional_int(const std::optional<int64_t>& v) {
  return v ? db::Value{*v} : db::Value{};
}

// ---- check-ins
constexpr std::string_view kCheckInSelect =
    "SELECT e.id, e.organization_id, e.family_id, e.check_date, e.trust_link, e.confidence, e.informed, "
    "e.resource_use, e.notes, e.recorded_by, e.created_at, e.updated_at, e.version FROM family_check_ins e";

CheckIn check_in_row(const db::Row& r) {
  return {r.text(0),    r.text(1), r.text(2), r.text(3),  r.integer(4), r.integer(5), r.integer(6),
          r.integer(7), r.text(8), r.text(9), r.text(10), r.text(11),   r.integer(12)};
}

template <class T, class FromRow>
Result<db::Page<T>> page(db::ScopedConnection& c, std::string_view select, const std::string& table,
                         const db::ListQuery& q, const EntryFilter& f, std::span<const db::SortKey> sorts,
                         const std::string& fallback, FromRow from_row) {
  db::Where where = scoped_where(c);
  if (!f.family_id.empty()) where.add("e.family_id = ?", {f.family_id});
  return db::select_page<T>(c.connection(),
                            db::PageSql{std::string(select), {}, table + " e", where, q.order(sorts, fallback, "e.id")},
                            q, from_row);
}

db::Where of_family(db::ScopedConnection& c, const std::string& family_id) {
  db::Where where = scoped_where(c);
  where.add("e.family_id = ?", {family_id});
  return where;
}

db::Where by_id(db::ScopedConnection& c, const std::string& id) {
  db::Where where = scoped_where(c);
  where.add("e.id = ?", {id});
  return where;
}

}  // namespace

Result<Consent> find_consent(db::ScopedConnection& c, const std::string& id) {
  return only(all<Consent>(c, std::string(kConsentSelect), by_id(c, id), "e.id", consent_row));
}

Result<db::Page<Consent>> list_consents(db::ScopedConnection& c, const db::ListQuery& q, const EntryFilter& f) {
  return page<Consent>(c, kConsentSelect, "family_consents", q, f, kConsentSorts, "e.given_on DESC, e.id", consent_row);
}

Result<std::vector<Consent>> consents_of(db::ScopedConnection& c, const std::string& family_id) {
  return all<Consent>(c, std::string(kConsentSelect), of_family(c, family_id), "e.given_on, e.id", consent_row);
}

Result<bool> insert(db::ScopedConnection& c, const Consent& e) {
  auto written = TRY(c.execute(
      "INSERT INTO family_consents (id, organization_id, family_id, purpose, partner_organization_id, given_on, "
      "given_how, withdrawn_on, recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (id) DO NOTHING",
      {e.id, e.organization_id, e.family_id, e.purpose, db::null_if_empty(e.partner_organization_id), e.given_on,
       e.given_how, db::null_if_empty(e.withdrawn_on), db::null_if_empty(e.recorded_by), e.created_at, e.updated_at}));
  if (written == 0) return false;
  TRY_VOID(refresh_referral_sharing(c, e.family_id));
  return true;
}

Result<void> update(db::ScopedConnection& c, const Consent& e) {
  TRY_VOID(update_entry(c, "family_consents",
                        "purpose = ?, partner_organization_id = ?, given_on = ?, given_how = ?, withdrawn_on = ?, "
                        "updated_at = ?",
                        {e.purpose, db::null_if_empty(e.partner_organization_id), e.given_on, e.given_how,
                         db::null_if_empty(e.withdrawn_on), e.updated_at},
                        e.id, e.version));
  return refresh_referral_sharing(c, e.family_id);
}

Result<void> refresh_referral_sharing(db::ScopedConnection& c, const std::string& family_id) {
  // Every referral of the family, whoever sent it: this copies the consents, which the caller
  // was allowed to write, and a referral left out would keep a withdrawn consent's access.
  constexpr std::string_view kSharing =
      "FROM family_consents k WHERE k.family_id = referrals.family_id AND k.purpose = 'referral_sharing' AND "
      "k.partner_organization_id = referrals.to_organization_id)";
  TRY_VOID(c.execute("UPDATE referrals SET shared_from = (SELECT MIN(k.given_on) " + std::string(kSharing) +
                         ", shared_until = (SELECT MAX(COALESCE(NULLIF(k.withdrawn_on, ''), '9999-12-31')) " +
                         std::string(kSharing) + ", sharing_consents = (SELECT COUNT(*) " + std::string(kSharing) +
                         " WHERE family_id = ?",
                     {family_id}));
  return {};
}

Result<Contact> find_contact(db::ScopedConnection& c, const std::string& id) {
  auto found = TRY(all<Contact>(c, std::string(kContactSelect), by_id(c, id), "e.id", contact_row));
  TRY_VOID(attach_lists(c, found));
  return only(Result<std::vector<Contact>>(std::move(found)));
}

Result<db::Page<Contact>> list_contacts(db::ScopedConnection& c, const db::ListQuery& q, const EntryFilter& f) {
  auto result = TRY(page<Contact>(c, kContactSelect, "family_contacts", q, f, kContactSorts,
                                  "e.contact_date DESC, e.id", contact_row));
  TRY_VOID(attach_lists(c, result.items));
  return result;
}

Result<std::vector<Contact>> contacts_of(db::ScopedConnection& c, const std::string& family_id) {
  auto found =
      TRY(all<Contact>(c, std::string(kContactSelect), of_family(c, family_id), "e.contact_date, e.id", contact_row));
  TRY_VOID(attach_lists(c, found));
  return found;
}

Result<bool> insert(db::ScopedConnection& c, const Contact& e) {
  auto written = TRY(c.execute(
      "INSERT INTO family_contacts (id, organization_id, family_id, contact_date, mode, initiated_by, "
      "duration_minutes, tried, notes, recorded_by, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
      {e.id, e.organization_id, e.family_id, e.contact_date, e.mode, e.initiated_by, optional_int(e.duration_minutes),
       e.tried, e.notes, db::null_if_empty(e.recorded_by), e.created_at, e.updated_at}));
  if (written == 0) return false;
  TRY_VOID(set_contact_lists(c, e));
  return true;
}

Result<void> update(db::ScopedConnection& c, const Contact& e) {
  TRY_VOID(update_entry(
      c, "family_contacts",
      "contact_date = ?, mode = ?, initiated_by = ?, duration_minutes = ?, tried = ?, notes = ?, "
      "updated_at = ?",
      {e.contact_date, e.mode, e.initiated_by, optional_int(e.duration_minutes), e.tried, e.notes, e.updated_at}, e.id,
      e.version));
  return set_contact_lists(c, e);
}

Result<CheckIn> find_check_in(db::ScopedConnection& c, const std::string& id) {
  return only(all<CheckIn>(c, std::string(kCheckInSelect), by_id(c, id), "e.id", check_in_row));
}

Result<db::Page<CheckIn>> list_check_ins(db::ScopedConnection& c, const db::ListQuery& q, const EntryFilter& f) {
  return page<CheckIn>(c, kCheckInSelect, "family_check_ins", q, f, kCheckInSorts, "e.check_date DESC, e.id",
                       check_in_row);
}

Result<std::vector<CheckIn>> check_ins_of(db::ScopedConnection& c, const std::string& family_id) {
  return all<CheckIn>(c, std::string(kCheckInSelect), of_family(c, family_id), "e.check_date, e.id", check_in_row);
}

Result<bool> insert(db::ScopedConnection& c, const CheckIn& e) {
  auto written =
      TRY(c.execute("INSERT INTO family_check_ins (id, organization_id, family_id, check_date, trust_link, confidence, "
                    "informed, resource_use, notes, recorded_by, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                    {e.id, e.organization_id, e.family_id, e.check_date, e.trust_link, e.confidence, e.informed,
                     e.resource_use, e.notes, db::null_if_empty(e.recorded_by), e.created_at, e.updated_at}));
  return written > 0;
}

Result<void> update(db::ScopedConnection& c, const CheckIn& e) {
  return update_entry(c, "family_check_ins",
                      "check_date = ?, trust_link = ?, confidence = ?, informed = ?, resource_use = ?, notes = ?, "
                      "updated_at = ?",
                      {e.check_date, e.trust_link, e.confidence, e.informed, e.resource_use, e.notes, e.updated_at},
                      e.id, e.version);
}

namespace {

// The de-identified columns: notes, tried and recorded_by read as empty text.
constexpr std::string_view kContactDeidentified =
    "SELECT e.id, e.organization_id, e.family_id, e.contact_date, e.mode, e.initiated_by, e.duration_minutes, "
    "'', '', '', e.created_at, e.updated_at, e.version FROM family_contacts e";
constexpr std::string_view kCheckInDeidentified =
    "SELECT e.id, e.organization_id, e.family_id, e.check_date, e.trust_link, e.confidence, e.informed, "
    "e.resource_use, '', '', e.created_at, e.updated_at, e.version FROM family_check_ins e";

db::Where evaluation_where(db::ScopedConnection& c, const EvaluationFilter& f, const std::string& date_column,
                           const std::string& today) {
  db::Where where;
  family_repository::readable_deidentified(c, where, "e.family_id", "e.organization_id", today);
  if (!f.organization_id.empty()) where.add("e.organization_id = ?", {f.organization_id});
  if (!f.from.empty()) where.add(date_column + " >= ?", {f.from});
  if (!f.to.empty()) where.add(date_column + " <= ?", {f.to});
  return where;
}

}  // namespace

Result<db::Page<Contact>> list_contacts_deidentified(db::ScopedConnection& c, const db::ListQuery& q,
                                                     const EvaluationFilter& f, const std::string& today) {
  auto where = evaluation_where(c, f, "e.contact_date", today);
  auto result = TRY(db::select_page<Contact>(c.connection(),
                                             db::PageSql{std::string(kContactDeidentified),
                                                         {},
                                                         "family_contacts e",
                                                         where,
                                                         q.order(kContactSorts, "e.contact_date DESC, e.id", "e.id")},
                                             q, contact_row));
  TRY_VOID(attach_lists(c, result.items));
  return result;
}

Result<db::Page<CheckIn>> list_check_ins_deidentified(db::ScopedConnection& c, const db::ListQuery& q,
                                                      const EvaluationFilter& f, const std::string& today) {
  auto where = evaluation_where(c, f, "e.check_date", today);
  return db::select_page<CheckIn>(c.connection(),
                                  db::PageSql{std::string(kCheckInDeidentified),
                                              {},
                                              "family_check_ins e",
                                              where,
                                              q.order(kCheckInSorts, "e.check_date DESC, e.id", "e.id")},
                                  q, check_in_row);
}

Result<bool> needs_exist(db::Connection& c, const std::vector<std::string>& ids) {
  if (ids.empty()) return true;
  std::set<std::string> distinct(ids.begin(), ids.end());
  db::Params params(distinct.begin(), distinct.end());
  auto rows =
      TRY(c.query("SELECT COUNT(*) FROM taxonomy_terms WHERE id IN (" + db::placeholders(params.size()) + ")", params));
  return rows.front().integer(0) == static_cast<int64_t>(distinct.size());
}

Result<bool> organization_exists(db::Connection& c, const std::string& id) {
  auto rows = TRY(c.query("SELECT 1 FROM organizations WHERE id = ?", {id}));
  return !rows.empty();
}

}  // namespace filet::families::entry_repository
