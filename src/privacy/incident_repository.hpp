#pragma once
// All of the register's SQL. Incidents are operational data: every statement carries the
// request's scope (ScopedConnection) and the registers the policy says the person keeps.
#include <optional>
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "privacy/incident.hpp"

namespace filet::privacy::incident_repository {

// The organizations whose register the person keeps (auth::incident_registers): none = every one.
using Registers = std::optional<std::vector<std::string>>;

struct Filters {
  std::string organization_id, status, from, to;  // "" = any; from/to bound discovered_on
};

inline constexpr db::SortKey kSorts[] = {{"discovered_on", "i.discovered_on"},
                                         {"occurred_on", "i.occurred_on"},
                                         {"persons_concerned", "i.persons_concerned"},
                                         {"created_at", "i.created_at"},
                                         {"updated_at", "i.updated_at"}};

Result<Incident> find(db::ScopedConnection& c, const Registers& registers, const std::string& id);
// Newest first (discovered_on) without a sort; q searches the description and information.
Result<db::Page<Incident>> list(db::ScopedConnection& c, const Registers& registers, const Filters& filters,
                                const db::ListQuery& query);
Result<void> insert(db::ScopedConnection& c, const Incident& incident);
// Compare-and-set on `incident.version` (version_conflict when another change came first).
Result<void> update(db::ScopedConnection& c, const Incident& incident);

}  // namespace filet::privacy::incident_repository
