#pragma once
// The rules of organizations: territories served must exist; managers may edit their own
// organization but only admins may deactivate one; every change audited.
#include <functional>

#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "core/listing.hpp"
#include "core/organization.hpp"
#include "db/pool.hpp"

namespace filet::core {

class OrganizationService {
 public:
  // Told, inside the transaction of every change, which organization changed: records derived from it
  // elsewhere (the directory's search index) are brought up to date in the same transaction.
  using ChangeHook = std::function<Result<void>(db::Connection&, const std::string& id)>;
  explicit OrganizationService(db::Pool& pool, ChangeHook on_change = {})
      : pool_(pool), on_change_(std::move(on_change)) {}
  Result<Page<Organization>> list(const ListQuery& query, const OrganizationFilter& filter);
  Result<Organization> get(const std::string& id);
  Result<Organization> create(const audit::Actor& actor, const OrganizationChanges& changes);
  Result<Organization> update(const audit::Actor& actor, const auth::Principal& principal, const std::string& id,
                              const OrganizationChanges& changes);

 private:
  db::Pool& pool_;
  ChangeHook on_change_;
};

}  // namespace filet::core
