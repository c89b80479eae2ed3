#pragma once
// The rules of a family's entries (consents, contacts, check-ins): recorded by the accompanying
// organization's practitioners and managers; a practitioner changes their own entries for 7
// days, managers always (the policy decides); a consent may be withdrawn at any time; a phone or
// text contact initiated by the organization needs the family's consent; every change audited
// with the previous version kept.
#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "db/listing.hpp"
#include "db/pool.hpp"
#include "db/scope.hpp"
#include "families/check_in.hpp"
#include "families/consent.hpp"
#include "families/contact.hpp"
#include "families/timeline.hpp"

namespace filet::families {

// Who is asking: the audit's actor, the principal (for the editing window) and the scope.
struct Asker {
  const audit::Actor& actor;
  const auth::Principal& principal;
  const db::Scope& scope;
};

class EntryService {
 public:
  explicit EntryService(db::Pool& pool) : pool_(pool) {}

  Result<db::Page<Consent>> consents(const db::Scope& scope, const db::ListQuery& q, const EntryFilter& f);
  Result<Consent> consent(const db::Scope& scope, const std::string& id);
  Result<Consent> create(const Asker& a, const ConsentChanges& changes);
  Result<Consent> update(const Asker& a, const std::string& id, const ConsentChanges& changes);

  Result<db::Page<Contact>> contacts(const db::Scope& scope, const db::ListQuery& q, const EntryFilter& f);
  Result<Contact> contact(const db::Scope& scope, const std::string& id);
  Result<Contact> create(const Asker& a, const ContactChanges& changes);
  Result<Contact> update(const Asker& a, const std::string& id, const ContactChanges& changes);

  Result<db::Page<CheckIn>> check_ins(const db::Scope& scope, const db::ListQuery& q, const EntryFilter& f);
  Result<CheckIn> check_in(const db::Scope& scope, const std::string& id);
  Result<CheckIn> create(const Asker& a, const CheckInChanges& changes);
  Result<CheckIn> update(const Asker& a, const std::string& id, const CheckInChanges& changes);

  Result<Timeline> timeline(const db::Scope& scope, const std::string& family_id);

 private:
  db::Pool& pool_;
};

}  // namespace filet::families
