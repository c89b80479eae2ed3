#pragma once
// The rules of families: the accompanying organization owns them, Filet makes their code, codes
// of reference lists are checked, the worker works there, a closed family says why; every
// change audited with the previous version kept. Who may do what is asked of the policy.
#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "common/identity_vault.hpp"
#include "db/listing.hpp"
#include "db/pool.hpp"
#include "db/scope.hpp"
#include "families/family.hpp"

namespace filet::families {

struct FamilySearch {
  FamilyFilter filter;
  std::string name;  // looked for through the blind index
};

class FamilyService {
 public:
  FamilyService(db::Pool& pool, const vault::IdentityVault& vault) : pool_(pool), vault_(vault) {}
  Result<db::Page<Family>> list(const db::Scope& scope, const db::ListQuery& query, FamilySearch search);
  Result<Family> get(const db::Scope& scope, const std::string& id);
  Result<Family> create(const audit::Actor& actor, const auth::Principal& principal, const db::Scope& scope,
                        const FamilyChanges& changes);
  Result<Family> update(const audit::Actor& actor, const db::Scope& scope, const std::string& id,
                        const FamilyChanges& changes);
  // Families not closed with no contact for `days` days, of one worker when `worker_id` is given.
  Result<db::Page<Family>> without_contact(const db::Scope& scope, int64_t days, const std::string& worker_id,
                                           const db::ListQuery& query);

 private:
  db::Pool& pool_;
  const vault::IdentityVault& vault_;
};

// The organization a new family (or entry) of `principal` belongs to: the one named, else the
// only organization where they are a practitioner or manager.
Result<std::string> owning_organization(const auth::Principal& principal, const std::optional<std::string>& named);

}  // namespace filet::families
