#pragma once
// The rules of territories: a parent must exist and must not create a loop; every change audited.
#include <functional>

#include "audit/audit_log.hpp"
#include "core/listing.hpp"
#include "core/territory.hpp"
#include "db/pool.hpp"

namespace filet::core {

class TerritoryService {
 public:
  // Told, inside the transaction of every change, which territory changed: records derived from it
  // elsewhere (the directory's search index) are brought up to date in the same transaction.
  using ChangeHook = std::function<Result<void>(db::Connection&, const std::string& id)>;
  explicit TerritoryService(db::Pool& pool, ChangeHook on_change = {})
      : pool_(pool), on_change_(std::move(on_change)) {}
  Result<Page<Territory>> list(const ListQuery& query, const TerritoryFilter& filter);
  Result<Territory> get(const std::string& id);
  Result<Territory> create(const audit::Actor& actor, const TerritoryChanges& changes);
  Result<Territory> update(const audit::Actor& actor, const std::string& id, const TerritoryChanges& changes);

 private:
  db::Pool& pool_;
  ChangeHook on_change_;
};

}  // namespace filet::core
