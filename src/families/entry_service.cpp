#include "families/entry_service.hpp"

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/record_version.hpp"
#include "families/consent_rules.hpp"
#include "families/dates.hpp"
#include "families/entry_repository.hpp"
#include "families/family_repository.hpp"
#include "reference/reference_list_service.hpp"

namespace filet::families {
namespace repo = entry_repository;
namespace {

Error field_error(std::string field, FieldCode code, std::string param = {}) {
  return Error::field(ErrorCode::validation_failed, std::move(field), code, std::move(param));
}

// The family a new entry is for: one the asker reads identified and may change, else an error
// naming family_id (a family of another organization is not found, as if it did not exist).
Result<Family> family_for(db::ScopedConnection& c, const db::Scope& scope, const std::string& family_id) {
  auto family = family_repository::find(c, family_id);
  if (!family) {
    if (family.error().code != ErrorCode::not_found) return std::unexpected(family.error());
    return fail(field_error("family_id", FieldCode::not_found));
  }
  TRY_VOID(auth::may_change_family(scope, family->organization_id));
  return family;
}

// Runs `body` in a transaction with the scoped handle, then reads the record back with `read`.
template <class T, class Body, class Read>
Result<T> in_transaction(db::Pool& pool, const db::Scope& scope, Body body, Read read) {
  auto c = TRY(pool.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = scope.on(*c);
  std::string id = TRY(body(*c, scoped));
  TRY_VOID(tx.commit());
  return read(scoped, id);
}

template <class T>
Result<void> keep_previous(db::ScopedConnection& c, const Asker& a, const T& before, const char* entity,
                           const std::string& now) {
  return family_repository::keep_previous(c,
                                          {before.organization_id, before.family_id, entity, before.id, before.version,
                                           boost::json::serialize(to_json(before)), a.actor.user_id, now});
}

// The common path of a create: insert unless the same id was sent before (then the first record,
// when the scope sees it), then audit.
template <class T, class Find>
Result<std::string> insert_once(db::Connection& plain, db::ScopedConnection& c, const Asker& a, const T& entry,
                                const char* entity, Find find) {
  if (!TRY(repo::insert(c, entry))) {
    if (!find(c, entry.id)) return fail(Error::field(ErrorCode::conflict, "id", FieldCode::duplicate));
    return entry.id;
  }
  TRY_VOID(audit::record(plain, a.actor, {"create", entity, entry.id, entry.organization_id}));
  return entry.id;
}

template <class T>
void stamp_new(T& entry, const Asker& a, const Family& family, const std::optional<std::string>& client_id) {
  entry.id = client_id.value_or(ids::new_uuid());
  entry.organization_id = family.organization_id;
  entry.family_id = family.id;
  entry.recorded_by = a.actor.user_id;
  entry.created_at = entry.updated_at = clock::now_iso();
}

Result<void> same_family(const std::optional<std::string>& family_id, const std::string& current) {
  if (family_id && *family_id != current) return fail(field_error("family_id", FieldCode::invalid_value));
  return {};
}

// ---- consents
void apply(Consent& e, const ConsentChanges& c) {
  if (c.purpose) e.purpose = *c.purpose;
  if (c.partner_organization_id) e.partner_organization_id = *c.partner_organization_id;
  if (c.given_on) e.given_on = *c.given_on;
  if (c.given_how) e.given_how = *c.given_how;
  if (c.withdrawn_on) e.withdrawn_on = *c.withdrawn_on;
}

Result<void> check(db::ScopedConnection& c, const Consent& e) {
  if (e.purpose == "referral_sharing") {
    if (e.partner_organization_id.empty()) return fail(field_error("partner_organization_id", FieldCode::required));
    if (!TRY(repo::organization_exists(c.connection(), e.partner_organization_id)))
      return fail(field_error("partner_organization_id", FieldCode::not_found));
  } else if (!e.partner_organization_id.empty()) {
    return fail(field_error("partner_organization_id", FieldCode::invalid_value, "referral_sharing"));
  }
  if (!e.withdrawn_on.empty() && e.withdrawn_on < e.given_on)
    return fail(field_error("withdrawn_on", FieldCode::before_start));
  return {};
}

// ---- contacts
void apply(Contact& e, const ContactChanges& c) {
  if (c.contact_date) e.contact_date = *c.contact_date;
  if (c.mode) e.mode = *c.mode;
  if (c.initiated_by) e.initiated_by = *c.initiated_by;
  if (c.duration_minutes) e.duration_minutes = *c.duration_minutes;
  if (c.need_ids) e.need_ids = *c.need_ids;
  if (c.elements) e.elements = *c.elements;
  if (c.obstacles) e.obstacles = *c.obstacles;
  if (c.tried) e.tried = *c.tried;
  if (c.notes) e.notes = *c.notes;
}

bool had(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

Result<void> check(db::ScopedConnection& c, const Contact& e, const Contact& before) {
  auto& plain = c.connection();
  if (e.contact_date > today()) return fail(field_error("contact_date", FieldCode::out_of_range, today()));
  TRY_VOID(reference::check_offered(plain, "contact_mode", e.mode, "mode", before.mode));
  for (const auto& code : e.elements)
    TRY_VOID(reference::check_offered(plain, "accompaniment_element", code, "elements",
                                      had(before.elements, code) ? code : std::string()));
  for (const auto& code : e.obstacles)
    TRY_VOID(reference::check_offered(plain, "accompaniment_obstacle", code, "obstacles",
                                      had(before.obstacles, code) ? code : std::string()));
  if (!TRY(repo::needs_exist(plain, e.need_ids))) return fail(field_error("need_ids", FieldCode::not_found));
  // Consent gating: the organization reaches a family by phone or text only with its consent.
  // A change that leaves how and when the contact happened as they were is not checked again (a
  // consent withdrawn since does not undo a contact made while it held).
  bool same_contact = !before.id.empty() && before.mode == e.mode && before.initiated_by == e.initiated_by &&
                      before.contact_date == e.contact_date;
  bool by_phone = e.mode == "phone" || e.mode == "text_message";
  if (by_phone && e.initiated_by != "parent" && !same_contact) {
    auto consents = TRY(repo::consents_of(c, e.family_id));
    std::vector<ConsentTerms> terms;
    for (const auto& k : consents) terms.push_back({k.purpose, k.partner_organization_id, k.given_on, k.withdrawn_on});
    if (!consent_allows(terms, "phone_or_text", e.contact_date))
      return fail(field_error("mode", FieldCode::consent_missing, "phone_or_text"));
  }
  return {};
}

// ---- check-ins
void apply(CheckIn& e, const CheckInChanges& c) {
  if (c.check_date) e.check_date = *c.check_date;
  if (c.trust_link) e.trust_link = *c.trust_link;
  if (c.confidence) e.confidence = *c.confidence;
  if (c.informed) e.informed = *c.informed;
  if (c.resource_use) e.resource_use = *c.resource_use;
  if (c.notes) e.notes = *c.notes;
}

Result<void> check(const CheckIn& e) {
  if (e.check_date > today()) return fail(field_error("check_date", FieldCode::out_of_range, today()));
  return {};
}

// The common path of an update: the entry as it is, the policy's say, the version, the previous
// version kept, the compare-and-set, the audit entry.
template <class T, class Changes, class Find, class Check>
Result<std::string> change(db::Connection& plain, db::ScopedConnection& c, const Asker& a, const std::string& id,
                           const Changes& changes, const char* entity, Find find, Check check, bool only_withdrawal) {
  T before = TRY(find(c, id));
  auto now = clock::now_iso();
  if (only_withdrawal)
    TRY_VOID(auth::may_change_family(a.scope, before.organization_id));
  else
    TRY_VOID(auth::may_change_family_entry(a.scope, a.principal, before.organization_id, before.recorded_by,
                                           before.created_at, now));
  TRY_VOID(same_family(changes.family_id, before.family_id));
  if (core::is_stale(changes.version, before.version)) return fail(core::version_conflict(to_json(before)));
  T after = before;
  apply(after, changes);
  after.updated_at = now;
  TRY_VOID(check(c, after, before));
  TRY_VOID(core::with_current(repo::update(c, after),
                              [&]() -> Result<boost::json::value> { return to_json(TRY(find(c, id))); }));
  TRY_VOID(keep_previous(c, a, before, entity, now));
  TRY_VOID(audit::record(plain, a.actor, {"update", entity, id, before.organization_id}));
  return id;
}

}  // namespace

// ---- consents

Result<db::Page<Consent>> EntryService::consents(const db::Scope& scope, const db::ListQuery& q, const EntryFilter& f) {
  auto c = TRY(pool_.acquire());
  auto scoped = scope.on(*c);
  return repo::list_consents(scoped, q, f);
}

Result<Consent> EntryService::consent(const db::Scope& scope, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = scope.on(*c);
  return repo::find_consent(scoped, id);
}

Result<Consent> EntryService::create(const Asker& a, const ConsentChanges& changes) {
  return in_transaction<Consent>(
      pool_, a.scope,
      [&](db::Connection& plain, db::ScopedConnection& c) -> Result<std::string> {
        auto family = TRY(family_for(c, a.scope, *changes.family_id));
        Consent e;
        stamp_new(e, a, family, changes.client_id);
        apply(e, changes);
        TRY_VOID(check(c, e));
        return insert_once(plain, c, a, e, "family_consent", repo::find_consent);
      },
      repo::find_consent);
}

Result<Consent> EntryService::update(const Asker& a, const std::string& id, const ConsentChanges& changes) {
  // Withdrawing is the family's right: whoever may change the family records it, at any time.
  bool only_withdrawal = changes.withdrawn_on && !changes.purpose && !changes.partner_organization_id &&
                         !changes.given_on && !changes.given_how;
  return in_transaction<Consent>(
      pool_, a.scope,
      [&](db::Connection& plain, db::ScopedConnection& c) -> Result<std::string> {
        return change<Consent>(
            plain, c, a, id, changes, "family_consent", repo::find_consent,
            [](db::ScopedConnection& s, const Consent& e, const Consent&) { return check(s, e); }, only_withdrawal);
      },
      repo::find_consent);
}

// ---- contacts

Result<db::Page<Contact>> EntryService::contacts(const db::Scope& scope, const db::ListQuery& q, const EntryFilter& f) {
  auto c = TRY(pool_.acquire());
  auto snapshot = TRY(db::Transaction::begin_read(*c));
  auto scoped = scope.on(*c);
  auto page = TRY(repo::list_contacts(scoped, q, f));
  TRY_VOID(snapshot.commit());
  return page;
}

Result<Contact> EntryService::contact(const db::Scope& scope, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = scope.on(*c);
  return repo::find_contact(scoped, id);
}

Result<Contact> EntryService::create(const Asker& a, const ContactChanges& changes) {
  return in_transaction<Contact>(
      pool_, a.scope,
      [&](db::Connection& plain, db::ScopedConnection& c) -> Result<std::string> {
        auto family = TRY(family_for(c, a.scope, *changes.family_id));
        Contact e;
        stamp_new(e, a, family, changes.client_id);
        apply(e, changes);
        TRY_VOID(check(c, e, Contact{}));
        return insert_once(plain, c, a, e, "family_contact", repo::find_contact);
      },
      repo::find_contact);
}

Result<Contact> EntryService::update(const Asker& a, const std::string& id, const ContactChanges& changes) {
  return in_transaction<Contact>(
      pool_, a.scope,
      [&](db::Connection& plain, db::ScopedConnection& c) -> Result<std::string> {
        return change<Contact>(
            plain, c, a, id, changes, "family_contact", repo::find_contact,
            [](db::ScopedConnection& s, const Contact& e, const Contact& before) { return check(s, e, before); },
            false);
      },
      repo::find_contact);
}

// ---- check-ins

Result<db::Page<CheckIn>> EntryService::check_ins(const db::Scope& scope, const db::ListQuery& q,
                                                  const EntryFilter& f) {
  auto c = TRY(pool_.acquire());
  auto scoped = scope.on(*c);
  return repo::list_check_ins(scoped, q, f);
}

Result<CheckIn> EntryService::check_in(const db::Scope& scope, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = scope.on(*c);
  return repo::find_check_in(scoped, id);
}

Result<CheckIn> EntryService::create(const Asker& a, const CheckInChanges& changes) {
  return in_transaction<CheckIn>(
      pool_, a.scope,
      [&](db::Connection& plain, db::ScopedConnection& c) -> Result<std::string> {
        auto family = TRY(family_for(c, a.scope, *changes.family_id));
        CheckIn e;
        stamp_new(e, a, family, changes.client_id);
        apply(e, changes);
        TRY_VOID(check(e));
        return insert_once(plain, c, a, e, "family_check_in", repo::find_check_in);
      },
      repo::find_check_in);
}

Result<CheckIn> EntryService::update(const Asker& a, const std::string& id, const CheckInChanges& changes) {
  return in_transaction<CheckIn>(
      pool_, a.scope,
      [&](db::Connection& plain, db::ScopedConnection& c) -> Result<std::string> {
        return change<CheckIn>(
            plain, c, a, id, changes, "family_check_in", repo::find_check_in,
            [](db::ScopedConnection&, const CheckIn& e, const CheckIn&) { return check(e); }, false);
      },
      repo::find_check_in);
}

Result<Timeline> EntryService::timeline(const db::Scope& scope, const std::string& family_id) {
  auto c = TRY(pool_.acquire());
  auto snapshot = TRY(db::Transaction::begin_read(*c));
  auto scoped = scope.on(*c);
  TRY_VOID(family_repository::find(scoped, family_id));
  Timeline t{family_id,
             {},
             TRY(repo::contacts_of(scoped, family_id)),
             TRY(repo::consents_of(scoped, family_id)),
             TRY(repo::check_ins_of(scoped, family_id))};
  t.events = build_timeline(t.contacts, t.consents, t.check_ins);
  TRY_VOID(snapshot.commit());
  return t;
}

}  // namespace filet::families
