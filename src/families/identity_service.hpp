#pragma once
// Reading and recording a family's identity: the accompanying organization's practitioners and
// managers only (asked of the policy), every read and change audited (without any content).
#include "audit/audit_log.hpp"
#include "common/identity_vault.hpp"
#include "db/pool.hpp"
#include "db/scope.hpp"
#include "families/identity.hpp"

namespace filet::families {

class IdentityService {
 public:
  IdentityService(db::Pool& pool, const vault::IdentityVault& vault) : pool_(pool), vault_(vault) {}
  Result<Identity> read(const audit::Actor& actor, const db::Scope& scope, const std::string& family_id);
  Result<Identity> record(const audit::Actor& actor, const db::Scope& scope, const std::string& family_id,
                          const IdentityChanges& changes);

 private:
  db::Pool& pool_;
  const vault::IdentityVault& vault_;
};

}  // namespace filet::families
