#pragma once
// The rules of organizations: territories served must exist; managers may edit their own
// organization but only admins may deactivate one; every change audited.
#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "core/listing.hpp"
#include "core/organization.hpp"
#include "db/pool.hpp"

namespace filet::core {

class OrganizationService {
 public:
  explicit OrganizationService(db::Pool& pool) : pool_(pool) {}
  Result<Page<Organization>> list(const ListQuery& query, const OrganizationFilter& filter);
  Result<Organization> get(const std::string& id);
  Result<Organization> create(const audit::Actor& actor, const OrganizationChanges& changes);
  Result<Organization> update(const audit::Actor& actor, const auth::Principal& principal, const std::string& id,
                              const OrganizationChanges& changes);

 private:
  db::Pool& pool_;
};

}  // namespace filet::core
