#pragma once
// The rules of programs: member organizations must exist; the period must not end before it
// starts; every change audited.
#include "audit/audit_log.hpp"
#include "core/listing.hpp"
#include "core/program.hpp"
#include "db/pool.hpp"

namespace filet::core {

class ProgramService {
 public:
  explicit ProgramService(db::Pool& pool) : pool_(pool) {}
  Result<Page<Program>> list(const ListQuery& query);
  Result<Program> get(const std::string& id);
  Result<Program> create(const audit::Actor& actor, const ProgramChanges& changes);
  Result<Program> update(const audit::Actor& actor, const std::string& id, const ProgramChanges& changes);

 private:
  Result<Program> save(const audit::Actor& actor, Program program, const ProgramChanges& changes, bool is_new);
  db::Pool& pool_;
};

}  // namespace filet::core
