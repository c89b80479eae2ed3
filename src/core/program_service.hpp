#pragma once
// The rules of programs: member organizations must exist; the period must not end before it
// starts; every change audited.
#include <functional>

#include "audit/audit_log.hpp"
#include "core/listing.hpp"
#include "core/program.hpp"
#include "db/pool.hpp"

namespace filet::core {

class ProgramService {
 public:
  // `on_change` runs after every committed change: the scopes of coordinators and evaluators
  // follow their programs (the session cache drops the scopes it keeps).
  explicit ProgramService(db::Pool& pool, std::function<void()> on_change = {})
      : pool_(pool), on_change_(std::move(on_change)) {}
  Result<Page<Program>> list(const ListQuery& query);
  Result<Program> get(const std::string& id);
  Result<Program> create(const audit::Actor& actor, const ProgramChanges& changes);
  Result<Program> update(const audit::Actor& actor, const std::string& id, const ProgramChanges& changes);

 private:
  Result<Program> save(const audit::Actor& actor, Program program, const ProgramChanges& changes, bool is_new);
  db::Pool& pool_;
  std::function<void()> on_change_;
};

}  // namespace filet::core
