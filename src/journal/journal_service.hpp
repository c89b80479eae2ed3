#pragma once
// The rules of journal entries, one service for both kinds (outreach, networking):
//   - the owner is the organization (named, or the person's one organization) and the worker
//     signed in; the policy says who records, who changes (the editing window) and who sees the
//     note and the worker (journal_shows_identity), never this service;
//   - a create may carry the id a phone made: resending it answers the first record;
//   - every change keeps the entry's previous version (journal_entry_versions), increments its
//     version (a stale one is a 409 with the current entry) and is audited, in one transaction.
#include <string>

#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "db/pool.hpp"
#include "journal/journal_kinds.hpp"

namespace filet::journal {

// The date today (YYYY-MM-DD, UTC) against which the editing window is read.
std::string today();

template <class Kind>
class EntryService {
 public:
  using Entry = typename Kind::Entry;
  using Changes = typename Kind::Changes;
  using Filter = typename Kind::Filter;

  explicit EntryService(db::Pool& pool) : pool_(pool) {}
  Result<db::Page<Entry>> list(const auth::Principal& principal, const db::Scope& scope, const db::ListQuery& query,
                               const Filter& filter);
  Result<Entry> get(const auth::Principal& principal, const db::Scope& scope, const std::string& id);
  Result<Entry> create(const audit::Actor& actor, const auth::Principal& principal, const db::Scope& scope,
                       const Changes& changes);
  Result<Entry> update(const audit::Actor& actor, const auth::Principal& principal, const db::Scope& scope,
                       const std::string& id, const Changes& changes);

 private:
  db::Pool& pool_;
};

using OutreachService = EntryService<OutreachKind>;
using NetworkingService = EntryService<NetworkingKind>;
extern template class EntryService<OutreachKind>;
extern template class EntryService<NetworkingKind>;

}  // namespace filet::journal
