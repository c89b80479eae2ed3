#include "journal/journal_service.hpp"

#include <boost/json.hpp>

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/record_version.hpp"
#include "journal/journal_dates.hpp"
#include "journal/journal_repository.hpp"

namespace filet::journal {
namespace {

// What the person asking sees of an entry: whether they may change it now, and without its note
// and worker outside its organization.
template <class Entry>
Entry present(Entry e, const auth::Principal& principal, const db::Scope& scope, const std::string& day) {
  e.editable = auth::may_edit_journal_entry(principal, {e.organization_id, e.worker_id, e.entry_date}, day).has_value();
  if (!auth::journal_shows_identity(scope, e.organization_id)) deidentify(e);
  return e;
}

Result<void> not_in_future(const std::string& entry_date, const std::string& day) {
  if (after_tomorrow(entry_date, day))
    return fail(Error::field(ErrorCode::validation_failed, "entry_date", FieldCode::in_future));
  return {};
}

}  // namespace

std::string today() {
  return clock::now_iso().substr(0, 10);
}

template <class Kind>
Result<db::Page<typename Kind::Entry>> EntryService<Kind>::list(const auth::Principal& principal,
                                                                const db::Scope& scope, const db::ListQuery& query,
                                                                const Filter& filter) {
  auto c = TRY(pool_.acquire());
  auto snapshot = TRY(db::Transaction::begin_read(*c));
  auto scoped = scope.on(*c);
  auto page = TRY(Kind::list(scoped, query, filter));
  TRY_VOID(snapshot.commit());
  std::string day = today();
  for (auto& e : page.items) e = present(std::move(e), principal, scope, day);
  return page;
}

template <class Kind>
Result<typename Kind::Entry> EntryService<Kind>::get(const auth::Principal& principal, const db::Scope& scope,
                                                     const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = scope.on(*c);
  return present(TRY(Kind::find(scoped, id, db::Access::deidentified)), principal, scope, today());
}

template <class Kind>
Result<typename Kind::Entry> EntryService<Kind>::create(const audit::Actor& actor, const auth::Principal& principal,
                                                        const db::Scope& scope, const Changes& changes) {
  Entry e;
  e.organization_id = changes.organization_id.value_or(auth::default_journal_organization(principal));
  if (e.organization_id.empty())
    return fail(Error::field(ErrorCode::validation_failed, "organization_id", FieldCode::required));
  TRY_VOID(auth::may_record_journal_entry(principal, e.organization_id));
  e.id = changes.client_id.value_or(ids::new_uuid());
  e.worker_id = principal.user_id;
  e.created_at = e.updated_at = clock::now_iso();
  apply(e, changes);
  std::string day = today();
  TRY_VOID(not_in_future(e.entry_date, day));
  TRY_VOID(check(e));
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = scope.on(*c);
  TRY_VOID(Kind::check_references(*c, e, nullptr));
  if (!TRY(Kind::insert(scoped, e))) {
    // Sent again (a phone that lost the answer): the first record, if it is this person's to see.
    auto first = Kind::find(scoped, e.id, db::Access::identified);
    if (!first) return fail(Error::field(ErrorCode::conflict, "id", FieldCode::duplicate));
    return present(std::move(*first), principal, scope, day);
  }
  TRY_VOID(audit::record(*c, actor, {"create", std::string(Kind::entity), e.id, e.organization_id}));
  TRY_VOID(tx.commit());
  return present(TRY(Kind::find(scoped, e.id, db::Access::identified)), principal, scope, day);
}

template <class Kind>
Result<typename Kind::Entry> EntryService<Kind>::update(const audit::Actor& actor, const auth::Principal& principal,
                                                        const db::Scope& scope, const std::string& id,
                                                        const Changes& changes) {
  std::string day = today();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = scope.on(*c);
  Entry before = TRY(Kind::find(scoped, id, db::Access::deidentified));
  TRY_VOID(auth::may_edit_journal_entry(principal, {before.organization_id, before.worker_id, before.entry_date}, day));
  if (core::is_stale(changes.version, before.version))
    return fail(core::version_conflict(to_json(present(before, principal, scope, day))));
  Entry e = before;
  apply(e, changes);
  e.updated_at = clock::now_iso();
  if (changes.entry_date) {
    TRY_VOID(not_in_future(e.entry_date, day));
    // Moving the date must not open a window the policy has closed.
    TRY_VOID(auth::may_edit_journal_entry(principal, {e.organization_id, e.worker_id, e.entry_date}, day));
  }
  TRY_VOID(check(e));
  TRY_VOID(Kind::check_references(*c, e, &before));
  TRY_VOID(journal_repository::keep_version(scoped, Kind::kind, before, boost::json::serialize(to_json(before)),
                                            principal.user_id, e.updated_at));
  TRY_VOID(core::with_current(Kind::update(scoped, e), [&]() -> Result<boost::json::value> {
    return to_json(present(TRY(Kind::find(scoped, id, db::Access::identified)), principal, scope, day));
  }));
  TRY_VOID(audit::record(*c, actor, {"update", std::string(Kind::entity), id, e.organization_id}));
  TRY_VOID(tx.commit());
  return present(TRY(Kind::find(scoped, id, db::Access::identified)), principal, scope, day);
}

template class EntryService<OutreachKind>;
template class EntryService<NetworkingKind>;

}  // namespace filet::journal
