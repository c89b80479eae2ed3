#pragma once
// The SQL of families (their children, languages and vulnerability factors) and of the history
// of every family record's previous versions. Operational data: through the scoped handle.
#include "db/listing.hpp"
#include "db/scope.hpp"
#include "families/family.hpp"

namespace filet::families::family_repository {

inline constexpr db::SortKey kSorts[] = {
    {"code", "f.code"}, {"status", "f.status"}, {"created_at", "f.created_at"}, {"updated_at", "f.updated_at"}};

// A family read identified (its organization's practitioners and managers); not_found otherwise.
Result<Family> find(db::ScopedConnection& c, const std::string& id);
// A family whatever the level the scope reads it at (for the id of a record sent again).
Result<bool> exists(db::ScopedConnection& c, const std::string& id);
// Families the scope reads: identified ones whole; de-identified ones (coordinators,
// evaluators) only when the family consents to evaluation data today, without code nor notes.
Result<db::Page<Family>> list(db::ScopedConnection& c, const db::ListQuery& query, const FamilyFilter& filter,
                              const std::string& today);
// Families read identified, not closed, with no contact since `since` (YYYY-MM-DD) and made
// before it; of one worker when `worker_id` is given. Oldest contact first.
Result<db::Page<Family>> without_contact_since(db::ScopedConnection& c, const std::string& since,
                                               const std::string& worker_id, const db::ListQuery& query);
Result<bool> code_taken(db::ScopedConnection& c, const std::string& organization_id, const std::string& code);
// Inserts unless a row of that id exists (a create sent again): whether a row was written.
Result<bool> insert(db::ScopedConnection& c, const Family& f, const std::string& created_by);
// Compare-and-set on the version; only a family the scope reads identified.
Result<void> update(db::ScopedConnection& c, const Family& f);
Result<void> set_lists(db::ScopedConnection& c, const Family& f);

// The previous version of a changed record, kept whole (the audit log says who and when).
struct PreviousVersion {
  std::string organization_id, family_id, entity, record_id;
  int64_t version = 0;
  std::string previous;  // the record's JSON before the change
  std::string changed_by, changed_at;
};
Result<void> keep_previous(db::ScopedConnection& c, const PreviousVersion& v);
Result<int64_t> history_count(db::ScopedConnection& c, const std::string& record_id);

// Whether any family has an identity (the server then needs its key file to start).
Result<bool> any_identity(db::Connection& c);
// Whether a user is a practitioner or manager of an organization (the accompanying worker).
Result<bool> works_in(db::Connection& c, const std::string& user_id, const std::string& organization_id);
// The ids among `ids` that name no territory.
Result<bool> territory_exists(db::Connection& c, const std::string& id);

}  // namespace filet::families::family_repository
