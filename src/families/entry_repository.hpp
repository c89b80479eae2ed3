#pragma once
// The SQL of a family's entries: consents, contacts (with their needs, elements and obstacles)
// and outcome check-ins. Operational data: every statement through the scoped handle, read and
// changed only where the scope reads the organization identified.
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "families/check_in.hpp"
#include "families/consent.hpp"
#include "families/contact.hpp"

namespace filet::families::entry_repository {

inline constexpr db::SortKey kConsentSorts[] = {{"given_on", "e.given_on"}, {"created_at", "e.created_at"}};
inline constexpr db::SortKey kContactSorts[] = {{"contact_date", "e.contact_date"}, {"created_at", "e.created_at"}};
inline constexpr db::SortKey kCheckInSorts[] = {{"check_date", "e.check_date"}, {"created_at", "e.created_at"}};

Result<Consent> find_consent(db::ScopedConnection& c, const std::string& id);
Result<db::Page<Consent>> list_consents(db::ScopedConnection& c, const db::ListQuery& q, const EntryFilter& f);
Result<std::vector<Consent>> consents_of(db::ScopedConnection& c, const std::string& family_id);
// A consent's insert and update also refresh the family's referrals' copy of their sharing.
Result<bool> insert(db::ScopedConnection& c, const Consent& e);
Result<void> update(db::ScopedConnection& c, const Consent& e);
// Recomputes, on every referral of the family, the span of its referral_sharing consents with
// the receiver (migration 0028: shared_from, shared_until, sharing_consents), which the inbox
// reads instead of a consent check per referral. Called after any write of the family's consents
// or referrals, in the same transaction.
Result<void> refresh_referral_sharing(db::ScopedConnection& c, const std::string& family_id);

Result<Contact> find_contact(db::ScopedConnection& c, const std::string& id);
Result<db::Page<Contact>> list_contacts(db::ScopedConnection& c, const db::ListQuery& q, const EntryFilter& f);
Result<std::vector<Contact>> contacts_of(db::ScopedConnection& c, const std::string& family_id);
Result<bool> insert(db::ScopedConnection& c, const Contact& e);
Result<void> update(db::ScopedConnection& c, const Contact& e);

Result<CheckIn> find_check_in(db::ScopedConnection& c, const std::string& id);
Result<db::Page<CheckIn>> list_check_ins(db::ScopedConnection& c, const db::ListQuery& q, const EntryFilter& f);
Result<std::vector<CheckIn>> check_ins_of(db::ScopedConnection& c, const std::string& family_id);
Result<bool> insert(db::ScopedConnection& c, const CheckIn& e);
Result<void> update(db::ScopedConnection& c, const CheckIn& e);

// De-identified lists (evaluation): entries of families the scope reads at least de-identified
// and, outside the organizations it reads identified, consenting to evaluation data on `today`;
// notes, what was tried and who recorded them are never read.
Result<db::Page<Contact>> list_contacts_deidentified(db::ScopedConnection& c, const db::ListQuery& q,
                                                     const EvaluationFilter& f, const std::string& today);
Result<db::Page<CheckIn>> list_check_ins_deidentified(db::ScopedConnection& c, const db::ListQuery& q,
                                                      const EvaluationFilter& f, const std::string& today);

// Whether every id names a need of the taxonomy; whether an organization exists.
Result<bool> needs_exist(db::Connection& c, const std::vector<std::string>& ids);
Result<bool> organization_exists(db::Connection& c, const std::string& id);

}  // namespace filet::families::entry_repository
