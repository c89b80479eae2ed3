#pragma once
// The rules of territories: a parent must exist and must not create a loop; every change audited.
#include "audit/audit_log.hpp"
#include "core/listing.hpp"
#include "core/territory.hpp"
#include "db/pool.hpp"

namespace filet::core {

class TerritoryService {
 public:
  explicit TerritoryService(db::Pool& pool) : pool_(pool) {}
  Result<Page<Territory>> list(const ListQuery& query, const TerritoryFilter& filter);
  Result<Territory> get(const std::string& id);
  Result<Territory> create(const audit::Actor& actor, const TerritoryChanges& changes);
  Result<Territory> update(const audit::Actor& actor, const std::string& id, const TerritoryChanges& changes);

 private:
  db::Pool& pool_;
};

}  // namespace filet::core
